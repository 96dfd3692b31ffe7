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
/// <see cref="DisinfectionSiteDays"/>), the sites and their latest checks counted there too (see <see cref="SiteGroups"/>).
/// Every table is read once, whatever the number of townships.
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
        var ids = townships.ToList();
        // Both lines count sites, the handwashing line by their kept latest states: grouped in the database (SiteGroups),
        // not read row by row — a province has 20,000 of each.
        var groups = await SiteGroups.OfTownshipsAsync(db, ids, from, to, cancellationToken);
        if (groups.Count == 0)
        {
            // No registered site, nothing to measure: the module adds no line rather than a zero it cannot explain.
            return;
        }

        if (groups.Sum(g => g.Unstated) is > 0 and var unstated)
        {
            throw new InvalidOperationException($"The latest facility checks of {unstated} sites have no state: the start-up back-fill did not run.");
        }

        // A period that ended before some open sites' latest checks: their checks up to its end, searched one by one.
        var after = groups.Any(g => g.CheckedAfter > 0 && g.OpenOn(to))
            ? await SiteGroups.CheckedAfterAsync(db, ids, to, cancellationToken)
            : new();
        var met = await DisinfectionSiteDays.MetPerTownshipAsync(db, ids, from, to, today, options.Value, cancellationToken);
        if (notification.EachTownship is null)
        {
            AddLines(notification.Add, groups, (after.Values.Sum(a => a.Checked), after.Values.Sum(a => a.Adequate)), met.Values.Sum(), from, to);
            return;
        }

        foreach (var township in groups.GroupBy(g => g.TownshipId))
        {
            AddLines(line => notification.Add(township.Key, line), [.. township], after.GetValueOrDefault(township.Key), met.GetValueOrDefault(township.Key), from, to);
        }
    }

    private static void AddLines(
        Action<ScoreLine> add, List<SiteGroup> groups, (int Checked, int Adequate) checkedAfter, int met, DateOnly from, DateOnly to)
    {
        // Handwashing is a state: the sites still open at the end of the period, by their latest check.
        var open = groups.Where(g => g.OpenOn(to)).ToList();
        var openSites = open.Sum(g => g.Sites);
        var adequate = open.Sum(g => g.Adequate) + checkedAfter.Adequate;
        var checkedSites = open.Sum(g => g.Checked) + checkedAfter.Checked;
        add(new ScoreLine(
            HygieneModule.Id, ScoreLineKeys.Handwashing, "勤洗手", HygieneArithmetic.Share(HygieneArithmetic.HandwashingPoints, adequate, openSites),
            HygieneArithmetic.HandwashingPoints,
            $"{openSites} 个场所中 {adequate} 个有完好洗手设施且有洗手液（{checkedSites} 个已检查）/ {adequate} of {openSites} sites with a working facility and soap",
            new Dictionary<string, decimal> { ["sites"] = openSites, ["sitesAdequate"] = adequate, ["sitesChecked"] = checkedSites }));

        var sites = groups.Sum(g => g.Sites);
        var days = groups.Sum(g => g.SiteDays(from, to));
        add(new ScoreLine(
            HygieneModule.Id, ScoreLineKeys.Disinfection, "常消毒", HygieneArithmetic.Share(HygieneArithmetic.DisinfectionPoints, met, days),
            HygieneArithmetic.DisinfectionPoints,
            days == 0
                ? "无应消毒的场所日 / no site-days to count"
                : $"{sites} 个场所 {days} 个场所日中 {met} 个达到消毒频次 / {met} of {days} site-days met the frequency ({from:yyyy-MM-dd}–{to:yyyy-MM-dd})",
            new Dictionary<string, decimal> { ["sites"] = sites, ["siteDays"] = days, ["siteDaysMet"] = met }));
    }
}
