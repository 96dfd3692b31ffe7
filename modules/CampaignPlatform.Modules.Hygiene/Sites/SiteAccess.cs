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
    public static async Task<Site> LoadAsync(HygieneDbContext db, IMediator mediator, Guid siteId, CancellationToken ct)
    {
        var site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == siteId, ct)
            ?? throw new NotFoundException("Site", siteId);
        if (!await mediator.Send(new IsModuleEnabled(HygieneModule.Id, site.TownshipId), ct))
        {
            var township = await mediator.Send(new FindTownship(site.TownshipId), ct);
            throw new ModuleDisabledException(HygieneModule.Id, HygieneModule.NameZh, site.TownshipId, township?.Name ?? site.TownshipId.ToString());
        }

        return site;
    }
}
