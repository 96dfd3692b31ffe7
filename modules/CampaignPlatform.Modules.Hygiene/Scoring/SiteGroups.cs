using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Compliance;
using CampaignPlatform.Modules.Hygiene.Data;
using CampaignPlatform.Modules.Hygiene.Sites;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Hygiene.Scoring;

/// <summary>
/// Sites that share every figure the two lines take from a site — township, retirement day, first day in the period —
/// counted together, with how many of them have a kept latest check up to the period's end, how many of those found an
/// adequate facility, and how many were checked only after it.
/// </summary>
internal sealed record SiteGroup(
    Guid TownshipId, DateOnly? RetiredOn, DateTimeOffset CountedFrom, int Sites, int Checked, int Adequate, int Unstated, int CheckedAfter)
{
    /// <summary>Open on the day, as <see cref="Site.ActiveOn"/> says of each of its sites.</summary>
    public bool OpenOn(DateOnly day) => RetiredOn is null || day < RetiredOn;

    public int SiteDays(DateOnly from, DateOnly to) => Sites * HygieneArithmetic.SiteDayCount(CountedFrom, RetiredOn, from, to);
}

/// <summary>
/// The sites of the scorecard's lines grouped in the database (<see cref="SiteGroup"/>): a province's sites and their
/// kept latest checks come back as about one row per township — every site registered before the period counts from
/// the period's first day, so they share one group — rather than every site read, keyed and counted here.
/// </summary>
internal static class SiteGroups
{
    /// <summary>The sites registered by the end of <paramref name="to"/> and not retired by <paramref name="from"/>, grouped.</summary>
    public static Task<List<SiteGroup>> OfTownshipsAsync(
        HygieneDbContext db, List<Guid> townships, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = CityClock.StartOf(from);
        var end = CityClock.StartOf(to.AddDays(1));
        return db.Sites.AsNoTracking()
            .Where(s => townships.Contains(s.TownshipId) && s.CreatedAt < end && (s.RetiredOn == null || s.RetiredOn > from))
            .LeftJoin(db.LatestFacilityChecks.AsNoTracking(), s => s.Id, l => l.SiteId, (s, l) => new
            {
                s.TownshipId,
                s.RetiredOn,
                CountedFrom = s.CreatedAt < start ? start : s.CreatedAt,
                CheckedOn = l == null ? (DateOnly?)null : l.CheckedOn,
                Working = l == null ? null : l.Working,
                SoapPresent = l == null ? null : l.SoapPresent,
            })
            .GroupBy(r => new { r.TownshipId, r.RetiredOn, r.CountedFrom })
            .Select(g => new SiteGroup(
                g.Key.TownshipId,
                g.Key.RetiredOn,
                g.Key.CountedFrom,
                g.Count(),
                g.Count(r => r.CheckedOn <= to),
                // HygieneArithmetic.FacilityAdequate in SQL: at least one working facility, and soap.
                g.Count(r => r.CheckedOn <= to && r.Working >= 1 && r.SoapPresent == true),
                // Start-up copies the state to every row kept before it was (LatestFacilityChecks.FillStatesAsync).
                g.Count(r => r.CheckedOn <= to && (r.Working == null || r.SoapPresent == null)),
                g.Count(r => r.CheckedOn > to)))
            .ToListAsync(ct);
    }

    /// <summary>
    /// For a period that ended before a site's kept latest check, the site's latest check up to the period's end, searched
    /// through the (site, date) index: per township, how many of its open sites had one and how many of those were adequate.
    /// </summary>
    public static async Task<Dictionary<Guid, (int Checked, int Adequate)>> CheckedAfterAsync(
        HygieneDbContext db, List<Guid> townships, DateOnly to, CancellationToken ct)
    {
        var end = CityClock.StartOf(to.AddDays(1));
        var sites = await db.Sites.AsNoTracking()
            .Where(s => townships.Contains(s.TownshipId) && s.CreatedAt < end && (s.RetiredOn == null || s.RetiredOn > to))
            .Join(db.LatestFacilityChecks.AsNoTracking().Where(l => l.CheckedOn > to), s => s.Id, l => l.SiteId, (s, l) => new { s.Id, s.TownshipId })
            .ToDictionaryAsync(s => s.Id, s => s.TownshipId, ct);
        var ids = sites.Keys.ToList();
        var adequacy = await LatestChecks.SearchedAdequacyAsync(db, db.Sites.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => s.Id), to, ct);
        return adequacy.GroupBy(a => sites[a.Key])
            .ToDictionary(g => g.Key, g => (g.Count(), g.Count(a => a.Value)));
    }
}
