using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Compliance;
using CampaignPlatform.Modules.Hygiene.Data;
using CampaignPlatform.Modules.Hygiene.Sites;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Hygiene.Scoring;

/// <summary>
/// The handwashing (65) and disinfection (55) lines, for one township, for each of several townships, or for the city
/// (townships where the module is on). Handwashing: 65 × share of sites whose latest check shows a working facility and
/// soap. Disinfection: 55 × share of site-days (from the site's registration to the day before it was retired, period
/// capped at today) that met the category's frequency, the days met counted in the database (see
/// <see cref="DisinfectionSiteDays"/>). Every table is read once, whatever the number of townships.
/// Where no site is registered the module adds no lines.
/// </summary>
internal sealed class ContributeScores(HygieneDbContext db, IMediator mediator, TimeProvider time, IOptions<HygieneOptions> options)
    : INotificationHandler<CollectScoreContributions>
{
    public async Task Handle(CollectScoreContributions notification, CancellationToken cancellationToken)
    {
        var townships = notification.Townships ?? await mediator.Send(new ListTownshipsWhereEnabled(HygieneModule.Id), cancellationToken);
        var today = CityClock.Today(time);
        var to = notification.Period.To < today ? notification.Period.To : today;
        var from = notification.Period.From;
        var end = CityClock.StartOf(to.AddDays(1));
        var ids = townships.ToList();
        // The sites and their kept latest states in one read: both lines need the sites, the handwashing line their
        // states, and a province has 20,000 of each. Only the columns the lines use: names and addresses are most of a row.
        var rows = await db.Sites.AsNoTracking()
            .Where(s => ids.Contains(s.TownshipId) && s.CreatedAt < end && (s.RetiredOn == null || s.RetiredOn > from))
            .LeftJoin(db.LatestFacilityChecks.AsNoTracking(), s => s.Id, l => l.SiteId, (s, l) => new
            {
                s.Id, s.TownshipId, s.CreatedAt, s.RetiredOn,
                CheckedOn = l == null ? (DateOnly?)null : l.CheckedOn, Working = l == null ? null : l.Working, SoapPresent = l == null ? null : l.SoapPresent,
            })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            // No registered site, nothing to measure: the module adds no line rather than a zero it cannot explain.
            return;
        }

        var sites = rows.Select(r => new Site
        {
            Id = r.Id, TownshipId = r.TownshipId, CreatedAt = r.CreatedAt, RetiredOn = r.RetiredOn,
            Name = string.Empty, Address = string.Empty, CreatedBy = string.Empty,
        }).ToList();
        var kept = rows.Where(r => r.CheckedOn is not null).Select(r => new KeptState(r.Id, r.CheckedOn!.Value, r.Working, r.SoapPresent)).ToList();
        var adequacy = await LatestChecks.AdequacyAsync(db, kept, to, cancellationToken);
        var met = await DisinfectionSiteDays.MetPerTownshipAsync(db, ids, from, to, today, options.Value, cancellationToken);
        if (notification.EachTownship is null)
        {
            AddLines(notification.Add, sites, adequacy, met.Values.Sum(), from, to);
            return;
        }

        foreach (var township in sites.GroupBy(s => s.TownshipId))
        {
            AddLines(line => notification.Add(township.Key, line), [.. township], adequacy, met.GetValueOrDefault(township.Key), from, to);
        }
    }

    private static void AddLines(
        Action<ScoreLine> add, List<Site> sites, Dictionary<Guid, bool> adequacy, int met, DateOnly from, DateOnly to)
    {
        // Handwashing is a state: the sites still open at the end of the period, by their latest check.
        var open = sites.Where(s => s.ActiveOn(to)).ToList();
        var adequate = open.Count(s => adequacy.GetValueOrDefault(s.Id));
        var checkedSites = open.Count(s => adequacy.ContainsKey(s.Id));
        add(new ScoreLine(
            HygieneModule.Id, ScoreLineKeys.Handwashing, "勤洗手", HygieneArithmetic.Share(HygieneArithmetic.HandwashingPoints, adequate, open.Count),
            HygieneArithmetic.HandwashingPoints,
            $"{open.Count} 个场所中 {adequate} 个有完好洗手设施且有洗手液（{checkedSites} 个已检查）/ {adequate} of {open.Count} sites with a working facility and soap",
            new Dictionary<string, decimal> { ["sites"] = open.Count, ["sitesAdequate"] = adequate, ["sitesChecked"] = checkedSites }));

        var days = sites.Sum(site => HygieneArithmetic.SiteDayCount(site.CreatedAt, site.RetiredOn, from, to));
        add(new ScoreLine(
            HygieneModule.Id, ScoreLineKeys.Disinfection, "常消毒", HygieneArithmetic.Share(HygieneArithmetic.DisinfectionPoints, met, days),
            HygieneArithmetic.DisinfectionPoints,
            days == 0
                ? "无应消毒的场所日 / no site-days to count"
                : $"{sites.Count} 个场所 {days} 个场所日中 {met} 个达到消毒频次 / {met} of {days} site-days met the frequency ({from:yyyy-MM-dd}–{to:yyyy-MM-dd})",
            new Dictionary<string, decimal> { ["sites"] = sites.Count, ["siteDays"] = days, ["siteDaysMet"] = met }));
    }
}
