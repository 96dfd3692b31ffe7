using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Hygiene.Compliance;

/// <summary>
/// hygiene.disinfection-compliance: every site registered before yesterday (city calendar) whose log for yesterday
/// fell short of its category's frequency is reported as a problem, referenced <c>disinfection:{siteId}:{date}</c>,
/// so repeated runs make one rectification item per site and day. A site retired by yesterday owes nothing.
/// </summary>
internal sealed record CheckDisinfectionCompliance : CheckRequest;

internal sealed class CheckDisinfectionComplianceHandler(HygieneDbContext db, IOptions<HygieneOptions> options)
    : IRequestHandler<CheckDisinfectionCompliance, CheckOutcome>
{
    public async Task<CheckOutcome> Handle(CheckDisinfectionCompliance request, CancellationToken cancellationToken)
    {
        var yesterday = CityClock.DateOf(request.Run.StartedAt).AddDays(-1);
        var start = CityClock.StartOf(yesterday);
        var end = CityClock.StartOf(yesterday.AddDays(1));
        var townships = request.Run.Townships.ToList();
        var sites = await db.Sites.AsNoTracking()
            .Where(s => townships.Contains(s.TownshipId) && s.CreatedAt < end && (s.RetiredOn == null || s.RetiredOn > yesterday))
            .ToListAsync(cancellationToken);
        var counts = await db.Disinfections.AsNoTracking()
            .Where(d => townships.Contains(d.TownshipId) && d.At >= start && d.At < end)
            .GroupBy(d => d.SiteId)
            .Select(g => new { Site = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Site, x => x.Count, cancellationToken);

        var lapses = 0;
        foreach (var site in sites)
        {
            var required = options.Value.FrequencyOf(site.Category);
            var done = counts.GetValueOrDefault(site.Id);
            if (done >= required)
            {
                continue;
            }

            lapses++;
            db.Enqueue(new ProblemFound(
                HygieneModule.Id, $"disinfection:{site.Id}:{yesterday:yyyy-MM-dd}", site.TownshipId, site.VillageId, "消毒不达标",
                $"{site.Name}（{SiteLabels.Of(site.Category)}，{site.Address}）{yesterday:yyyy-MM-dd} 消毒 {done} 次，应为每日 {required} 次。",
                ProblemSeverity.Normal, null, 3));
        }

        await db.SaveChangesAsync(cancellationToken);

        return new CheckOutcome(sites.Count, lapses, $"{yesterday:yyyy-MM-dd}：{sites.Count} 个场所，{lapses} 个消毒未达频次要求");
    }
}
