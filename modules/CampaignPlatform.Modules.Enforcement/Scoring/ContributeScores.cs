using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Enforcement.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Scoring;

/// <summary>
/// 按期办结 (50): 50 × the share of citizen cases due in the period (capped at now) that were closed on time, for one
/// township or the city (townships where the module is on). No case due, no line. The exposure line is the
/// assessment's own; it counts the provincial exposures enforcement hands over.
/// </summary>
internal sealed class ContributeScores(EnforcementDbContext db, IMediator mediator, TimeProvider time) : INotificationHandler<CollectScoreContributions>
{
    public async Task Handle(CollectScoreContributions notification, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> townships = notification.TownshipId is { } one
            ? [one]
            : await mediator.Send(new ListTownshipsWhereEnabled(EnforcementModule.Id), cancellationToken);
        var now = time.GetUtcNow();
        var end = CityClock.StartOf(notification.Period.To.AddDays(1));
        var to = end < now ? end : now;
        var cases = await OnTime.CitizenCasesDue(db.Cases.AsNoTracking(), townships.ToList(), CityClock.StartOf(notification.Period.From), to)
            .Select(c => new { c.State, c.ClosedOnTime }).ToListAsync(cancellationToken);
        if (cases.Count == 0)
        {
            return;
        }

        var onTime = cases.Count(c => c.State == CaseState.Closed && c.ClosedOnTime == true);
        var closed = cases.Count(c => c.State == CaseState.Closed);
        notification.Add(new ScoreLine(
            EnforcementModule.Id, ScoreLineKeys.ComplaintsOnTime, "群众诉求按期办结", OnTime.PointsFor(cases.Count, onTime), OnTime.Points,
            $"到期的 {cases.Count} 件群众诉求中 {onTime} 件按期办结（已结案 {closed} 件）/ {onTime} of {cases.Count} citizen cases due were closed on time",
            new Dictionary<string, decimal> { ["casesDue"] = cases.Count, ["closedOnTime"] = onTime, ["closed"] = closed }));
    }
}
