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

/// <summary>The latest facility check of every site of the given townships.</summary>
internal static class LatestChecks
{
    /// <summary>
    /// Each site's latest check up to <paramref name="upTo"/> (any date when null). The kept latest checks
    /// (<see cref="LatestFacilityCheck"/>) answer for every site whose latest is not after that date — all of them when
    /// the date is today, as a check cannot be dated later; only the sites checked since a past date are searched
    /// through the (site, date) index.
    /// </summary>
    public static async Task<Dictionary<Guid, FacilityCheck>> OfTownshipsAsync(
        HygieneDbContext db, IReadOnlyCollection<Guid> townships, DateOnly? upTo, CancellationToken ct)
    {
        var kept = db.Sites.AsNoTracking()
            .Where(s => townships.Contains(s.TownshipId))
            .Join(db.LatestFacilityChecks, s => s.Id, l => l.SiteId, (s, l) => l);
        var latest = await kept.Where(l => upTo == null || l.CheckedOn <= upTo)
            .Join(db.FacilityChecks.AsNoTracking(), l => l.CheckId, c => c.Id, (l, c) => c)
            .ToListAsync(ct);
        var since = kept.Where(l => upTo != null && l.CheckedOn > upTo).Select(l => l.SiteId);
        if (upTo is not null && await since.AnyAsync(ct))
        {
            latest.AddRange(await SearchedAsync(db, since, upTo, ct));
        }

        return latest.ToDictionary(c => c.SiteId);
    }

    /// <summary>
    /// Whether each of <paramref name="sites"/>' latest check up to <paramref name="upTo"/> found an adequate facility (the
    /// handwashing line's question, for sites checked again since a past date); sites with no check by then are left out.
    /// </summary>
    public static async Task<Dictionary<Guid, bool>> SearchedAdequacyAsync(
        HygieneDbContext db, IQueryable<Guid> sites, DateOnly upTo, CancellationToken ct) =>
        (await SearchedAsync(db, sites, upTo, ct)).ToDictionary(
            c => c.SiteId, c => Compliance.HygieneArithmetic.FacilityAdequate(c.Working, c.SoapPresent));

    /// <summary>The sites' latest checks up to a date, each found through the (site, date) index, a few rows per site.</summary>
    private static Task<List<FacilityCheck>> SearchedAsync(HygieneDbContext db, IQueryable<Guid> sites, DateOnly? upTo, CancellationToken ct)
    {
        var checks = db.FacilityChecks.AsNoTracking().Where(c => upTo == null || c.CheckedOn <= upTo);
        var latestIds = db.Sites.AsNoTracking()
            .Where(s => sites.Contains(s.Id))
            .Select(s => checks.Where(c => c.SiteId == s.Id).OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Id).Select(c => (long?)c.Id).FirstOrDefault());
        return db.FacilityChecks.AsNoTracking().Where(c => latestIds.Contains(c.Id)).ToListAsync(ct);
    }

    public static Task<FacilityCheck?> OfSiteAsync(HygieneDbContext db, Guid siteId, CancellationToken ct) =>
        db.FacilityChecks.AsNoTracking().Where(c => c.SiteId == siteId)
            .OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);
}
