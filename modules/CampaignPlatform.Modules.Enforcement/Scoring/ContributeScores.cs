using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Enforcement.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Scoring;

/// <summary>
/// 按期办结 (50): 50 × the share of citizen cases due in the period (capped at now) that were closed on time, for one
/// township, for each of several townships, or for the city (townships where the module is on), from counts grouped
/// per township in the database. No case due, no line. The exposure line is the assessment's own; it counts the
/// provincial exposures enforcement hands over.
/// </summary>
internal sealed class ContributeScores(EnforcementDbContext db, IMediator mediator, TimeProvider time) : INotificationHandler<CollectScoreContributions>
{
    public async Task Handle(CollectScoreContributions notification, CancellationToken cancellationToken)
    {
        var townships = notification.Townships ?? await mediator.Send(new ListTownshipsWhereEnabled(EnforcementModule.Id), cancellationToken);
        var now = time.GetUtcNow();
        var end = CityClock.StartOf(notification.Period.To.AddDays(1));
        var to = end < now ? end : now;
        var perTownship = await OnTime.CitizenCasesDue(db.Cases.AsNoTracking(), townships.ToList(), CityClock.StartOf(notification.Period.From), to)
            .GroupBy(c => c.TownshipId)
            .Select(g => new CaseCounts(
                g.Key,
                g.Count(),
                g.Count(c => c.State == CaseState.Closed),
                g.Count(c => c.State == CaseState.Closed && c.ClosedOnTime == true)))
            .ToListAsync(cancellationToken);
        if (notification.EachTownship is null)
        {
            Add(notification.Add, perTownship.Sum(c => c.Due), perTownship.Sum(c => c.Closed), perTownship.Sum(c => c.OnTime));
            return;
        }

        foreach (var counts in perTownship)
        {
            Add(line => notification.Add(counts.TownshipId, line), counts.Due, counts.Closed, counts.OnTime);
        }
    }

    private sealed record CaseCounts(Guid TownshipId, int Due, int Closed, int OnTime);

    private static void Add(Action<ScoreLine> add, int due, int closed, int onTime)
    {
        if (due == 0)
        {
            return;
        }

        add(new ScoreLine(
            EnforcementModule.Id, ScoreLineKeys.ComplaintsOnTime, "群众诉求按期办结", OnTime.PointsFor(due, onTime), OnTime.Points,
            $"到期的 {due} 件群众诉求中 {onTime} 件按期办结（已结案 {closed} 件）/ {onTime} of {due} citizen cases due were closed on time",
            new Dictionary<string, decimal> { ["casesDue"] = due, ["closedOnTime"] = onTime, ["closed"] = closed }));
    }
}
