using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.DemonstrationCreation.Scoring;

/// <summary>
/// The module's share of the township ranking (红黑榜): a line <see cref="LineKey"/> counting the titles held at the end
/// of the period against a target per township (<see cref="DemonstrationOptions.TitleTargetPerTownship"/>): one point
/// per title held, up to the target, so earned never exceeds possible. The provincial scheme has no such line, so it
/// stands beside the 1000 points. For the city the target is per township where the module is on; asked for each of
/// several townships, every one of them gets its own line from one grouped count.
/// </summary>
internal sealed class ContributeScores(DemonstrationCreationDbContext db, IMediator mediator, IOptions<DemonstrationOptions> options)
    : INotificationHandler<CollectScoreContributions>
{
    public const string LineKey = "demonstration-titles";

    public async Task Handle(CollectScoreContributions notification, CancellationToken cancellationToken)
    {
        var townships = notification.Townships
                        ?? await mediator.Send(new ListTownshipsWhereEnabled(DemonstrationCreationModule.Id), cancellationToken);
        var target = Math.Max(0, options.Value.TitleTargetPerTownship);
        if (townships.Count == 0 || target == 0)
        {
            return;
        }

        var end = notification.Period.To;
        var ids = townships.ToList();
        // Held at the end of the period: granted by then and not withdrawn by then.
        var heldPerTownship = await db.Titles.AsNoTracking()
            .Where(t => ids.Contains(t.TownshipId) && t.GrantedOn <= end && (t.WithdrawnOn == null || t.WithdrawnOn > end))
            .GroupBy(t => t.TownshipId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(h => h.Key, h => h.Count, cancellationToken);
        if (notification.EachTownship is null)
        {
            notification.Add(Line(ids.Count, heldPerTownship.Values.Sum(), heldPerTownship.Values.Sum(h => Math.Min(h, target)), target));
            return;
        }

        foreach (var township in ids)
        {
            var held = heldPerTownship.GetValueOrDefault(township);
            notification.Add(township, Line(1, held, Math.Min(held, target), target));
        }
    }

    private static ScoreLine Line(int townships, int held, int counted, int target) => new(
        DemonstrationCreationModule.Id, LineKey, "示范创建", counted, (decimal)target * townships,
        $"{townships} 个乡镇持有示范称号 {held} 个，每个乡镇目标 {target} 个，计 {counted} 分（每个乡镇最多计 {target} 分）/ "
        + $"{held} titles held, {target} targeted per township, {counted} counted",
        new Dictionary<string, decimal> { ["townships"] = townships, ["titlesHeld"] = held, ["targetPerTownship"] = target, ["counted"] = counted });
}
