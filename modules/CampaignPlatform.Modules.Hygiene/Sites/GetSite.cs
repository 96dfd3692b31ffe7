using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.Hygiene.Data;
using MediatR;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Hygiene.Sites;

/// <summary>One site with its required frequency and latest facility check; 403 where the module is off in its township.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetSite(Guid SiteId) : IRequest<SiteDto>;

internal sealed class GetSiteHandler(HygieneDbContext db, IMediator mediator, IOptions<HygieneOptions> options) : IRequestHandler<GetSite, SiteDto>
{
    public async Task<SiteDto> Handle(GetSite request, CancellationToken cancellationToken)
    {
        var site = await SiteAccess.LoadAsync(db, mediator, request.SiteId, cancellationToken);
        var latest = await LatestChecks.OfSiteAsync(db, site.Id, cancellationToken);
        return SiteDto.From(site, options.Value.FrequencyOf(site.Category), latest);
    }
}
