using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Hygiene.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Hygiene.Sites;

/// <summary>Loads a site named by id and refuses (403) when the module is off in its township.</summary>
internal static class SiteAccess
{
    /// <param name="tracked">True when the caller changes the site and saves it.</param>
    public static async Task<Site> LoadAsync(HygieneDbContext db, IMediator mediator, Guid siteId, CancellationToken ct, bool tracked = false)
    {
        var sites = tracked ? db.Sites : db.Sites.AsNoTracking();
        var site = await sites.FirstOrDefaultAsync(s => s.Id == siteId, ct)
            ?? throw new NotFoundException("Site", siteId);
        if (!await mediator.Send(new IsModuleEnabled(HygieneModule.Id, site.TownshipId), ct))
        {
            var township = await mediator.Send(new FindTownship(site.TownshipId), ct);
            throw new ModuleDisabledException(HygieneModule.Id, HygieneModule.NameZh, site.TownshipId, township?.Name ?? site.TownshipId.ToString());
        }

        return site;
    }

    /// <summary>Refuses (409) a record dated on or after the day the site was retired.</summary>
    public static void EnsureActiveOn(Site site, DateOnly day)
    {
        if (!site.ActiveOn(day))
        {
            throw new ConflictException($"场所“{site.Name}”已于 {site.RetiredOn:yyyy-MM-dd} 注销，不能登记此后的记录。The site was retired on {site.RetiredOn:yyyy-MM-dd}.")
                .With("siteId", site.Id).With("retiredOn", site.RetiredOn);
        }
    }
}
