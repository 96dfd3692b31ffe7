using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Rectification.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Rectification.Meetings;

/// <summary>
/// rectification.meeting-cadence: every township must study the campaign at least weekly, the city must dispatch
/// at least every two weeks. Each lapse is recorded once per day, however often the check runs.
/// </summary>
internal sealed record FlagMeetingGaps : CheckRequest;

internal sealed class FlagMeetingGapsHandler(RectificationDbContext db) : IRequestHandler<FlagMeetingGaps, CheckOutcome>
{
    public const int StudyEveryDays = 7;
    public const int DispatchEveryDays = 14;

    public async Task<CheckOutcome> Handle(FlagMeetingGaps request, CancellationToken cancellationToken)
    {
        var today = CityClock.DateOf(request.Run.StartedAt);
        var townships = request.Run.Townships.ToList();
        var lastStudies = await db.Meetings
            .Where(m => m.Kind == MeetingKind.TownshipStudy && m.TownshipId != null && townships.Contains(m.TownshipId!.Value))
            .GroupBy(m => m.TownshipId!.Value)
            .Select(g => new { Township = g.Key, Last = g.Max(m => m.HeldOn) })
            .ToDictionaryAsync(x => x.Township, x => (DateOnly?)x.Last, cancellationToken);
        var lastDispatch = await db.Meetings.Where(m => m.Kind == MeetingKind.CityDispatch).MaxAsync(m => (DateOnly?)m.HeldOn, cancellationToken);

        var gaps = townships
            .Select(t => (Township: (Guid?)t, Last: lastStudies.GetValueOrDefault(t), Kind: MeetingKind.TownshipStudy))
            .Where(x => x.Last is null || x.Last.Value <= today.AddDays(-StudyEveryDays))
            .ToList();
        if (lastDispatch is null || lastDispatch.Value <= today.AddDays(-DispatchEveryDays))
        {
            gaps.Add((null, lastDispatch, MeetingKind.CityDispatch));
        }

        var already = await db.CadenceGaps.Where(g => g.DetectedOn == today)
            .Select(g => new { g.Kind, g.TownshipId }).ToListAsync(cancellationToken);
        var fresh = gaps.Where(g => !already.Any(a => a.Kind == g.Kind && a.TownshipId == g.Township))
            .Select(g => new CadenceGap { Kind = g.Kind, TownshipId = g.Township, DetectedOn = today, LastHeldOn = g.Last })
            .ToList();
        db.CadenceGaps.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        return new CheckOutcome(townships.Count + 1, fresh.Count,
            $"{gaps.Count(g => g.Kind == MeetingKind.TownshipStudy)} 个乡镇7天内无学习记录；市级调度会{(gaps.Any(g => g.Kind == MeetingKind.CityDispatch) ? "超过14天未召开" : "正常")}");
    }
}
