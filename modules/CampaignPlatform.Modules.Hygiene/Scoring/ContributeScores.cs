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
/// The handwashing (65) and disinfection (55) lines, for one township or for the city (townships where the module is on).
/// Handwashing: 65 × share of sites whose latest check shows a working facility and soap. Disinfection: 55 × share of
/// site-days (from the site's registration to the day before it was retired, period capped at today) that met the
/// category's frequency.
/// Where no site is registered the module adds no lines.
/// </summary>
internal sealed class ContributeScores(HygieneDbContext db, IMediator mediator, TimeProvider time, IOptions<HygieneOptions> options)
    : INotificationHandler<CollectScoreContributions>
{
    public async Task Handle(CollectScoreContributions notification, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> townships = notification.TownshipId is { } one
            ? [one]
            : await mediator.Send(new ListTownshipsWhereEnabled(HygieneModule.Id), cancellationToken);
        var today = CityClock.Today(time);
        var to = notification.Period.To < today ? notification.Period.To : today;
        var from = notification.Period.From;
        var end = CityClock.StartOf(to.AddDays(1));
        var ids = townships.ToList();
        var sites = await db.Sites.AsNoTracking()
            .Where(s => ids.Contains(s.TownshipId) && s.CreatedAt < end && (s.RetiredOn == null || s.RetiredOn > from))
            .ToListAsync(cancellationToken);
        if (sites.Count == 0)
        {
            // No registered site, nothing to measure: the module adds no line rather than a zero it cannot explain.
            return;
        }

        // Handwashing is a state: the sites still open at the end of the period, by their latest check.
        var open = sites.Where(s => s.ActiveOn(to)).ToList();
        var latest = await LatestChecks.OfTownshipsAsync(db, ids, to, cancellationToken);
        var adequate = open.Count(s => latest.TryGetValue(s.Id, out var c) && HygieneArithmetic.FacilityAdequate(c.Working, c.SoapPresent));
        var checkedSites = open.Count(s => latest.ContainsKey(s.Id));
        notification.Add(new ScoreLine(
            HygieneModule.Id, ScoreLineKeys.Handwashing, "勤洗手", HygieneArithmetic.Share(HygieneArithmetic.HandwashingPoints, adequate, open.Count),
            HygieneArithmetic.HandwashingPoints,
            $"{open.Count} 个场所中 {adequate} 个有完好洗手设施且有洗手液（{checkedSites} 个已检查）/ {adequate} of {open.Count} sites with a working facility and soap",
            new Dictionary<string, decimal> { ["sites"] = open.Count, ["sitesAdequate"] = adequate, ["sitesChecked"] = checkedSites }));

        var start = CityClock.StartOf(from);
        var instants = await db.Disinfections.AsNoTracking()
            .Where(d => ids.Contains(d.TownshipId) && d.At >= start && d.At < end)
            .Select(d => new { d.SiteId, d.At })
            .ToListAsync(cancellationToken);
        var bySite = instants.GroupBy(x => x.SiteId).ToDictionary(g => g.Key, g => HygieneArithmetic.PerCityDay(g.Select(x => x.At)));
        int days = 0, met = 0;
        foreach (var site in sites)
        {
            var registered = CityClock.DateOf(site.CreatedAt);
            var lastDay = site.RetiredOn is { } retired && retired <= to ? retired.AddDays(-1) : to;
            var (d, m) = HygieneArithmetic.SiteDays(registered > from ? registered : from, lastDay, options.Value.FrequencyOf(site.Category),
                bySite.GetValueOrDefault(site.Id) ?? []);
            days += d;
            met += m;
        }

        notification.Add(new ScoreLine(
            HygieneModule.Id, ScoreLineKeys.Disinfection, "常消毒", HygieneArithmetic.Share(HygieneArithmetic.DisinfectionPoints, met, days),
            HygieneArithmetic.DisinfectionPoints,
            days == 0
                ? "无应消毒的场所日 / no site-days to count"
                : $"{sites.Count} 个场所 {days} 个场所日中 {met} 个达到消毒频次 / {met} of {days} site-days met the frequency ({from:yyyy-MM-dd}–{to:yyyy-MM-dd})",
            new Dictionary<string, decimal> { ["sites"] = sites.Count, ["siteDays"] = days, ["siteDaysMet"] = met }));
    }
}
