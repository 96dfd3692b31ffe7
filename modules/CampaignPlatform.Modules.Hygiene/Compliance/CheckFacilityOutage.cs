using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Data;
using CampaignPlatform.Modules.Hygiene.Sites;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Hygiene.Compliance;

/// <summary>
/// hygiene.facility-outage: every site whose latest facility check up to yesterday (city calendar) found no working
/// handwashing facility is reported, referenced <c>outage:{siteId}:{date}</c>: one item per site and day.
/// Sites never checked are not reported (nothing is known about them), nor sites retired by yesterday.
/// </summary>
internal sealed record CheckFacilityOutage : CheckRequest;

internal sealed class CheckFacilityOutageHandler(HygieneDbContext db) : IRequestHandler<CheckFacilityOutage, CheckOutcome>
{
    public async Task<CheckOutcome> Handle(CheckFacilityOutage request, CancellationToken cancellationToken)
    {
        var yesterday = CityClock.DateOf(request.Run.StartedAt).AddDays(-1);
        var townships = request.Run.Townships.ToList();
        var latest = await LatestChecks.OfTownshipsAsync(db, townships, yesterday, cancellationToken);
        var outageIds = latest.Values.Where(c => c.Working < 1).Select(c => c.SiteId).ToList();
        var sites = await db.Sites.AsNoTracking()
            .Where(s => outageIds.Contains(s.Id) && (s.RetiredOn == null || s.RetiredOn > yesterday))
            .ToListAsync(cancellationToken);
        foreach (var site in sites)
        {
            var check = latest[site.Id];
            db.Enqueue(new ProblemFound(
                HygieneModule.Id, $"outage:{site.Id}:{yesterday:yyyy-MM-dd}", site.TownshipId, site.VillageId, "洗手设施故障",
                $"{site.Name}（{SiteLabels.Of(site.Category)}，{site.Address}）{check.CheckedOn:yyyy-MM-dd} 检查：洗手设施 {check.Total} 处，无一完好。",
                ProblemSeverity.Normal, null, 3));
        }

        await db.SaveChangesAsync(cancellationToken);

        return new CheckOutcome(latest.Count, sites.Count, $"{yesterday:yyyy-MM-dd}：{latest.Count} 个已检查场所，{sites.Count} 个无完好洗手设施");
    }
}
