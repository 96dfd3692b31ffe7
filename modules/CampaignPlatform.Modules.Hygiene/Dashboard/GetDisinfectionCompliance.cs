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
        var start = CityClock.StartOf(weeks[0]);
        var end = CityClock.StartOf(today.AddDays(1));
        // One read of the sites and one of the log's instants in the window; the days are counted here.
        var sites = await db.Sites.AsNoTracking()
            .Where(s => s.CreatedAt < end && (s.RetiredOn == null || s.RetiredOn > weeks[0]))
            .Select(s => new { s.Id, s.Category, s.CreatedAt, s.RetiredOn })
            .ToListAsync(cancellationToken);
        var entries = await db.Disinfections.AsNoTracking()
            .Where(d => d.At >= start && d.At < end)
            .Select(d => new { d.SiteId, d.At })
            .ToListAsync(cancellationToken);
        var perSite = entries.GroupBy(e => e.SiteId).ToDictionary(g => g.Key, g => HygieneArithmetic.PerCityDay(g.Select(e => e.At)));

        return weeks.Select(monday =>
        {
            var sunday = monday.AddDays(6) < today ? monday.AddDays(6) : today;
            int days = 0, met = 0;
            foreach (var site in sites)
            {
                var (first, last) = HygieneArithmetic.SiteWindow(site.CreatedAt, site.RetiredOn, monday, sunday);
                var (d, m) = HygieneArithmetic.SiteDays(first, last, options.Value.FrequencyOf(site.Category), perSite.GetValueOrDefault(site.Id) ?? []);
                days += d;
                met += m;
            }

            return new WeeklyComplianceDto(monday, days, met);
        }).ToList();
    }
}
