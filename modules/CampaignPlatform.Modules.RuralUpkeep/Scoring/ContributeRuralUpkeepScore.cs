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
        var townships = notification.Townships ?? await mediator.Send(new ListTownshipsWhereEnabled(RuralUpkeepModule.Id), cancellationToken);
        if (townships.Count == 0)
        {
            return;
        }

        var period = notification.Period;
        var ids = townships.ToList();
        var inPeriod = db.Inspections.Where(i => ids.Contains(i.TownshipId) && i.InspectedOn >= period.From && i.InspectedOn <= period.To);
        var latest = await FiveHaveQueries.LatestInspections(inPeriod, cancellationToken);
        var complete = await db.FiveHaves.AsNoTracking()
            .Where(f => ids.Contains(f.TownshipId) && f.EstablishedOn <= period.To)
            .GroupBy(f => f.VillageId)
            .Where(g => g.Count() == FiveHaveCount)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        if (latest.Count == 0 && complete.Count == 0)
        {
            // Nothing to rank on anywhere: no line, and no need to ask for the villages (a province has 100,000).
            return;
        }

        var villages = await mediator.Send(new ListVillageKeys(townships), cancellationToken);
        var active = villages.Select(v => v.Id).ToHashSet();
        if (notification.EachTownship is null)
        {
            AddIfAny(notification.Add, villages.Count, [.. latest.Values.Select(l => l.Score)], complete.Count(active.Contains));
            return;
        }

        // Each township's share: inspections by the township they were made in, mechanisms by the village's township.
        var inspectedIn = (await inPeriod.AsNoTracking().Select(i => new { i.VillageId, i.TownshipId }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(i => i.TownshipId, i => i.VillageId);
        var townshipOf = villages.ToDictionary(v => v.Id, v => v.TownshipId);
        var completePerTownship = complete.Where(active.Contains).CountBy(v => townshipOf[v]).ToDictionary();
        var villagesPerTownship = villages.CountBy(v => v.TownshipId).ToDictionary();
        foreach (var township in ids)
        {
            var scores = inspectedIn[township].Distinct().Where(latest.ContainsKey).Select(v => latest[v].Score).ToList();
            AddIfAny(line => notification.Add(township, line), villagesPerTownship.GetValueOrDefault(township), scores, completePerTownship.GetValueOrDefault(township));
        }
    }

    private static void AddIfAny(Action<ScoreLine> add, int villageCount, List<decimal> latestScores, int completeMechanisms)
    {
        if (latestScores.Count == 0 && completeMechanisms == 0)
        {
            // Nothing inspected in the period and no complete mechanism: nothing to rank on, so no line.
            return;
        }

        add(Line(villageCount, latestScores, completeMechanisms));
    }

    private static readonly int FiveHaveCount = Enum.GetValues<FiveHaveKind>().Length;

    /// <summary>The line from the figures; pure, so the wording and arithmetic are unit-tested.</summary>
    internal static ScoreLine Line(int villageCount, List<decimal> latestScores, int completeMechanisms)
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
