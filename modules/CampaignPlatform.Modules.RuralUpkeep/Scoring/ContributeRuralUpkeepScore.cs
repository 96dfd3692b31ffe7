using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using CampaignPlatform.Modules.RuralUpkeep.FiveHaves;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.RuralUpkeep.Scoring;

/// <summary>
/// The module's line for the township ranking (农村人居环境, no points in the provincial scheme): the average of each
/// village's latest inspection score in the period and the share of villages whose five haves are complete.
/// For the whole city it counts only the townships where the module is on. No line while there is nothing to rank on
/// (no inspection in the period and no village with all five haves).
/// </summary>
internal sealed class ContributeRuralUpkeepScore(RuralUpkeepDbContext db, IMediator mediator) : INotificationHandler<CollectScoreContributions>
{
    public async Task Handle(CollectScoreContributions notification, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> townships = notification.TownshipId is { } one
            ? [one]
            : await mediator.Send(new ListTownshipsWhereEnabled(RuralUpkeepModule.Id), cancellationToken);
        if (townships.Count == 0)
        {
            return;
        }

        var period = notification.Period;
        var villages = await mediator.Send(new ListVillages(townships), cancellationToken);
        var ids = townships.ToList();
        var scores = (await FiveHaveQueries.LatestInspections(
                db.Inspections.Where(i => ids.Contains(i.TownshipId) && i.InspectedOn >= period.From && i.InspectedOn <= period.To), cancellationToken))
            .Values.Select(l => l.Score).ToList();
        var complete = await db.FiveHaves.AsNoTracking()
            .Where(f => ids.Contains(f.TownshipId) && f.EstablishedOn <= period.To)
            .GroupBy(f => f.VillageId)
            .Where(g => g.Count() == FiveHaveCount)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        var active = villages.Select(v => v.Id).ToHashSet();
        var completeCount = complete.Count(active.Contains);

        if (scores.Count == 0 && completeCount == 0)
        {
            // Nothing inspected in the period and no complete mechanism: nothing to rank on, so no line.
            return;
        }

        notification.Add(Line(villages.Count, scores, completeCount));
    }

    private static readonly int FiveHaveCount = Enum.GetValues<FiveHaveKind>().Length;

    /// <summary>The line from the figures; pure, so the wording and arithmetic are unit-tested.</summary>
    internal static ScoreLine Line(int villageCount, IReadOnlyCollection<decimal> latestScores, int completeMechanisms)
    {
        var average = latestScores.Count == 0 ? 0m : Math.Round(latestScores.Average(), 1, MidpointRounding.AwayFromZero);
        var share = villageCount == 0 ? 0m : Math.Round(100m * completeMechanisms / villageCount, 1, MidpointRounding.AwayFromZero);
        var explanation =
            $"{villageCount} 个村中 {latestScores.Count} 个本期有检查，最近一次检查平均 {average} 分；{completeMechanisms} 个村“五有”长效机制健全，占 {share}%。" +
            $" Of {villageCount} villages, {latestScores.Count} were inspected in the period, averaging {average} on their latest inspection; " +
            $"{completeMechanisms} ({share} %) have all five haves. For the ranking only: no points in the provincial scheme.";
        return new ScoreLine(RuralUpkeepModule.Id, ScoreLineKeys.RuralUpkeep, "农村人居环境整治", 0m, 0m, explanation,
            new Dictionary<string, decimal>
            {
                ["villages"] = villageCount,
                ["inspectedVillages"] = latestScores.Count,
                ["averageScore"] = average,
                ["completeMechanisms"] = completeMechanisms,
                ["completeMechanismPercent"] = share,
            });
    }
}
