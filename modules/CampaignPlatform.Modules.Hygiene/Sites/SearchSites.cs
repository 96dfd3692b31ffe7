using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Hygiene.Data;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Hygiene.Sites;

/// <summary>
/// A township's sites a page at a time, filtered by category and by words in the name or address, each with its latest
/// facility check (the web UI's site list; <see cref="ListSites"/> gives them all at once).
/// </summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record SearchSites(Guid TownshipId, SiteCategory? Category, string? Search, bool IncludeRetired, int? Page, int? PageSize)
    : IRequest<Paged<SiteDto>>, ITownshipScoped, IPagedQuery;

internal sealed class SearchSitesValidator : AbstractValidator<SearchSites>
{
    public SearchSitesValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Category).IsInEnum();
        RuleFor(q => q.Search).MaximumLength(100);
    }
}

internal sealed class SearchSitesHandler(HygieneDbContext db, IOptions<HygieneOptions> options) : IRequestHandler<SearchSites, Paged<SiteDto>>
{
    public async Task<Paged<SiteDto>> Handle(SearchSites request, CancellationToken cancellationToken)
    {
        var query = SiteFilter.Of(db, request.TownshipId, request.Category, request.IncludeRetired);
        if (request.Search?.Trim() is { Length: > 0 } words)
        {
            query = query.Where(s => s.Name.Contains(words) || s.Address.Contains(words));
        }

        var page = await query.OrderBy(s => s.Name).ThenBy(s => s.Id).ToPagedAsync(request, cancellationToken);
        var latest = await LatestChecks.OfTownshipsAsync(db, [request.TownshipId], null, cancellationToken);
        return page.Map(s => SiteDto.From(s, options.Value.FrequencyOf(s.Category), latest.GetValueOrDefault(s.Id)));
    }
}
