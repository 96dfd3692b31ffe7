using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Compliance;
using CampaignPlatform.Modules.Hygiene.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Hygiene.Dashboard;

/// <summary>
/// One week's disinfection compliance: the site-days owed (open sites, from their registration, up to today) and how
/// many met the category's frequency; <see cref="Rate"/> is null when nothing was owed.
/// </summary>
public sealed record WeeklyComplianceDto(DateOnly WeekStart, int SiteDays, int SiteDaysMet)
{
    public decimal? Rate => SiteDays == 0 ? null : Math.Round(100m * SiteDaysMet / SiteDays, 1, MidpointRounding.AwayFromZero);
}

/// <summary>
/// 常消毒 compliance per week over the last <see cref="Weeks"/> weeks, this one up to today, counted like the
/// disinfection score line; the sites are the person's own through the data filters (the city's for city roles).
/// </summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetDisinfectionCompliance(int? Weeks) : IRequest<IReadOnlyList<WeeklyComplianceDto>>
{
    public const int DefaultWeeks = 12;
}

internal sealed class GetDisinfectionComplianceValidator : AbstractValidator<GetDisinfectionCompliance>
{
    public GetDisinfectionComplianceValidator() => RuleFor(q => q.Weeks).InclusiveBetween(1, 104);
}

internal sealed class GetDisinfectionComplianceHandler(HygieneDbContext db, TimeProvider time, IOptions<HygieneOptions> options)
    : IRequestHandler<GetDisinfectionCompliance, IReadOnlyList<WeeklyComplianceDto>>
{
    public async Task<IReadOnlyList<WeeklyComplianceDto>> Handle(GetDisinfectionCompliance request, CancellationToken cancellationToken)
    {
        var today = CityClock.Today(time);
        var weeks = CityWeeks.Recent(today, request.Weeks ?? GetDisinfectionCompliance.DefaultWeeks);
        var end = CityClock.StartOf(today.AddDays(1));
        // The days owed come from the sites' windows; the days met from the day tallies (a city's twelve weeks are a
        // few thousand rows, where its log is millions of entries), or for a person who sees only some villages, whose
        // sites the township tallies cannot single out, from those sites' own day counts.
        var sites = await db.Sites.AsNoTracking()
            .Where(s => s.CreatedAt < end && (s.RetiredOn == null || s.RetiredOn > weeks[0]))
            .Select(s => new WindowedSite(s.Id, s.Category, s.CreatedAt, s.RetiredOn))
            .ToListAsync(cancellationToken);
        var metPerDay = db.Scope.AllVillages
            ? await MetFromTalliesAsync(weeks[0], today, cancellationToken)
            : await MetFromSiteDaysAsync(sites, weeks[0], today, cancellationToken);

        return weeks.Select(monday =>
        {
            var sunday = monday.AddDays(6) < today ? monday.AddDays(6) : today;
            var days = sites.Sum(site => HygieneArithmetic.SiteDayCount(site.CreatedAt, site.RetiredOn, monday, sunday));
            var met = 0;
            for (var day = monday; day <= sunday; day = day.AddDays(1))
            {
                met += metPerDay.GetValueOrDefault(day);
            }

            return new WeeklyComplianceDto(monday, days, met);
        }).ToList();
    }

    /// <summary>
    /// Site-days met per day in the person's townships (the city's for city roles): the tallies hold only days inside
    /// each site's window, as the score line counts them; a day is met when its entries reach the category's frequency.
    /// </summary>
    private async Task<Dictionary<DateOnly, int>> MetFromTalliesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var everyTownship = db.Scope.AllTownships;
        var townships = db.Scope.TownshipIds.ToList();
        var tallies = await db.DisinfectionDayTallies.AsNoTracking()
            .Where(t => t.Day >= from && t.Day <= to && (everyTownship || townships.Contains(t.TownshipId)))
            .GroupBy(t => new { t.Day, t.Category, t.Entries })
            .Select(g => new { g.Key.Day, g.Key.Category, g.Key.Entries, Sites = g.Sum(t => t.Sites) })
            .ToListAsync(ct);
        return tallies.Where(t => t.Entries >= options.Value.FrequencyOf(t.Category))
            .GroupBy(t => t.Day)
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Sites));
    }

    /// <summary>Site-days met per day from each site's own day counts, inside its window.</summary>
    private async Task<Dictionary<DateOnly, int>> MetFromSiteDaysAsync(List<WindowedSite> sites, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var bySite = sites.ToDictionary(s => s.Id);
        var ids = bySite.Keys.ToList();
        var siteDays = await db.DisinfectionDays.AsNoTracking()
            .Where(d => ids.Contains(d.SiteId) && d.Day >= from && d.Day <= to)
            .Select(d => new { d.SiteId, d.Day, d.Entries })
            .ToListAsync(ct);
        var met = new Dictionary<DateOnly, int>();
        foreach (var siteDay in siteDays)
        {
            var site = bySite[siteDay.SiteId];
            var (first, last) = HygieneArithmetic.SiteWindow(site.CreatedAt, site.RetiredOn, from, to);
            if (siteDay.Day >= first && siteDay.Day <= last && siteDay.Entries >= options.Value.FrequencyOf(site.Category))
            {
                met[siteDay.Day] = met.GetValueOrDefault(siteDay.Day) + 1;
            }
        }

        return met;
    }

    private sealed record WindowedSite(Guid Id, SiteCategory Category, DateTimeOffset CreatedAt, DateOnly? RetiredOn);
}
