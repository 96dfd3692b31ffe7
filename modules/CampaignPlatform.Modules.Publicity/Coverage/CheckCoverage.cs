using System.Globalization;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Publicity.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.Coverage;

/// <summary>
/// publicity.coverage: every township of the run (where the module is on) that held no publicity activity in the
/// last <see cref="QuietDays"/> days (city calendar, today included) is reported as a problem, referenced
/// <c>coverage:{townshipId}:{ISO year}-W{week}</c>, so a second run in the same week adds nothing.
/// </summary>
internal sealed record CheckCoverage : CheckRequest
{
    public const string CheckId = "publicity.coverage";
    public const int QuietDays = 14;
    public const int DeadlineDays = 7;
}

internal sealed class CheckCoverageHandler(PublicityDbContext db, IMediator mediator) : IRequestHandler<CheckCoverage, CheckOutcome>
{
    public async Task<CheckOutcome> Handle(CheckCoverage request, CancellationToken cancellationToken)
    {
        var today = CityClock.DateOf(request.Run.StartedAt);
        var since = today.AddDays(1 - CheckCoverage.QuietDays);
        var townships = request.Run.Townships.ToList();
        var active = await db.Activities.AsNoTracking()
            .Where(a => townships.Contains(a.TownshipId) && a.HeldOn >= since && a.HeldOn <= today)
            .Select(a => a.TownshipId).Distinct().ToListAsync(cancellationToken);
        var quiet = townships.Except(active).ToList();
        var lastHeld = await db.Activities.AsNoTracking()
            .Where(a => quiet.Contains(a.TownshipId) && a.HeldOn <= today)
            .GroupBy(a => a.TownshipId).Select(g => new { TownshipId = g.Key, Last = g.Max(a => a.HeldOn) })
            .ToDictionaryAsync(x => x.TownshipId, x => x.Last, cancellationToken);
        var names = (await mediator.Send(new ListTownships(), cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        var week = WeekOf(today);
        foreach (var township in quiet)
        {
            var last = lastHeld.TryGetValue(township, out var held) ? $"最近一次活动为 {held:yyyy-MM-dd}" : "尚无活动记录";
            db.Enqueue(new ProblemFound(
                PublicityModule.Id, $"coverage:{township}:{week}", township, null, "宣传动员缺位",
                $"{names.GetValueOrDefault(township, "")}近 {CheckCoverage.QuietDays} 天（{since:yyyy-MM-dd}–{today:yyyy-MM-dd}）未开展宣传活动，{last}。",
                ProblemSeverity.Normal, null, CheckCoverage.DeadlineDays));
        }

        await db.SaveChangesAsync(cancellationToken);

        return new CheckOutcome(townships.Count, quiet.Count,
            $"{week}：{townships.Count} 个乡镇中 {quiet.Count} 个近 {CheckCoverage.QuietDays} 天无宣传活动");
    }

    /// <summary>The ISO week of a date, e.g. 2026-W48: the unit of "once per township per week".</summary>
    internal static string WeekOf(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}");
    }
}
