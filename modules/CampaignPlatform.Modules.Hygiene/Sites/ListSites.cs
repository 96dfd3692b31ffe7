using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Hygiene.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Hygiene.Sites;

/// <summary>A township's sites (retired ones only when asked), optionally of one category, each with its latest facility check.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record ListSites(Guid TownshipId, SiteCategory? Category, bool IncludeRetired = false) : IRequest<IReadOnlyList<SiteDto>>, ITownshipScoped;

internal sealed class ListSitesHandler(HygieneDbContext db, IOptions<HygieneOptions> options) : IRequestHandler<ListSites, IReadOnlyList<SiteDto>>
{
    public async Task<IReadOnlyList<SiteDto>> Handle(ListSites request, CancellationToken cancellationToken)
    {
        var sites = await SiteFilter.Of(db, request.TownshipId, request.Category, request.IncludeRetired)
            .OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var latest = await LatestChecks.OfTownshipsAsync(db, [request.TownshipId], null, cancellationToken);
        return sites.Select(s => SiteDto.From(s, options.Value.FrequencyOf(s.Category), latest.GetValueOrDefault(s.Id))).ToList();
    }
}

/// <summary>A township's sites, optionally of one category, retired ones only when asked (shared by the lists).</summary>
internal static class SiteFilter
{
    public static IQueryable<Site> Of(HygieneDbContext db, Guid townshipId, SiteCategory? category, bool includeRetired) =>
        db.Sites.AsNoTracking()
            .Where(s => s.TownshipId == townshipId && (category == null || s.Category == category))
            .Where(s => includeRetired || s.RetiredOn == null);
}

/// <summary>The latest facility check of every site of the given townships, in one query.</summary>
internal static class LatestChecks
{
    public static async Task<Dictionary<Guid, FacilityCheck>> OfTownshipsAsync(
        HygieneDbContext db, IReadOnlyCollection<Guid> townships, DateOnly? upTo, CancellationToken ct)
    {
        // One query: each site's latest check (up to the date) found through the (site, date) index, a few rows per
        // site, instead of comparing every check of the townships with every other (240,000 in a province's year).
        var checks = db.FacilityChecks.AsNoTracking().Where(c => upTo == null || c.CheckedOn <= upTo);
        var latestIds = db.Sites.AsNoTracking()
            .Where(s => townships.Contains(s.TownshipId))
            .Select(s => checks.Where(c => c.SiteId == s.Id).OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Id).Select(c => (long?)c.Id).FirstOrDefault());
        var latest = await db.FacilityChecks.AsNoTracking().Where(c => latestIds.Contains(c.Id)).ToListAsync(ct);
        return latest.ToDictionary(c => c.SiteId);
    }

    public static Task<FacilityCheck?> OfSiteAsync(HygieneDbContext db, Guid siteId, CancellationToken ct) =>
        db.FacilityChecks.AsNoTracking().Where(c => c.SiteId == siteId)
            .OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);
}
