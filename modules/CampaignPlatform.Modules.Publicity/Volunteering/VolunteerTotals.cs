using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Shared;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.Volunteering;

/// <summary>A township's volunteer work in a period, per organiser, with the township's total.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetTownshipVolunteerTotals(Guid TownshipId, DateOnly? From, DateOnly? To)
    : IRequest<TownshipVolunteerTotals>, ITownshipScoped, IDateRange;

/// <summary>The city's volunteer work in a period, per township where the module is on, with the city's total.</summary>
[Allow(ActorRole.CitySupervisor)]
internal sealed record GetCityVolunteerTotals(DateOnly? From, DateOnly? To) : IRequest<CityVolunteerTotals>, IDateRange;

internal sealed record VolunteerTotal(int Events, int Volunteers, decimal Hours);

internal sealed record OrganiserTotal(OrganiserKind Kind, string KindZh, Guid? UnitId, string Name, int Events, int Volunteers, decimal Hours);

internal sealed record TownshipTotal(Guid TownshipId, string TownshipName, int Events, int Volunteers, decimal Hours);

internal sealed record TownshipVolunteerTotals(Guid TownshipId, DateOnly? From, DateOnly? To, IReadOnlyList<OrganiserTotal> ByOrganiser, VolunteerTotal Total);

internal sealed record CityVolunteerTotals(DateOnly? From, DateOnly? To, IReadOnlyList<TownshipTotal> ByTownship, VolunteerTotal Total);

internal sealed class GetTownshipVolunteerTotalsValidator : AbstractValidator<GetTownshipVolunteerTotals>
{
    public GetTownshipVolunteerTotalsValidator() => this.AddDateRangeRule();
}

internal sealed class GetCityVolunteerTotalsValidator : AbstractValidator<GetCityVolunteerTotals>
{
    public GetCityVolunteerTotalsValidator() => this.AddDateRangeRule();
}

internal sealed class VolunteerTotalsHandler(PublicityDbContext db, IMediator mediator)
    : IRequestHandler<GetTownshipVolunteerTotals, TownshipVolunteerTotals>, IRequestHandler<GetCityVolunteerTotals, CityVolunteerTotals>
{
    public async Task<TownshipVolunteerTotals> Handle(GetTownshipVolunteerTotals request, CancellationToken cancellationToken)
    {
        var events = await VolunteerEventQueries.InPeriod(db, [request.TownshipId], request.From, request.To)
            .Select(e => new { e.Organiser.Kind, e.Organiser.UnitId, e.Organiser.Name, e.Volunteers, e.TotalHours })
            .ToListAsync(cancellationToken);
        var byOrganiser = events.GroupBy(e => (e.Kind, e.UnitId, e.Name))
            .Select(g => new OrganiserTotal(g.Key.Kind, Labels.Of(g.Key.Kind), g.Key.UnitId, g.Key.Name, g.Count(), g.Sum(e => e.Volunteers), g.Sum(e => e.TotalHours)))
            .OrderByDescending(t => t.Hours).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        return new TownshipVolunteerTotals(request.TownshipId, request.From, request.To, byOrganiser,
            new VolunteerTotal(events.Count, events.Sum(e => e.Volunteers), events.Sum(e => e.TotalHours)));
    }

    public async Task<CityVolunteerTotals> Handle(GetCityVolunteerTotals request, CancellationToken cancellationToken)
    {
        var townships = await mediator.Send(new ListTownshipsWhereEnabled(PublicityModule.Id), cancellationToken);
        var names = (await mediator.Send(new ListTownships(), cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        var events = await VolunteerEventQueries.InPeriod(db, townships, request.From, request.To)
            .Select(e => new { e.TownshipId, e.Volunteers, e.TotalHours })
            .ToListAsync(cancellationToken);
        var byTownship = events.GroupBy(e => e.TownshipId).ToDictionary(g => g.Key, g => g.ToList());
        var rows = townships
            .Select(t => byTownship.GetValueOrDefault(t) is { } list
                ? new TownshipTotal(t, names.GetValueOrDefault(t, ""), list.Count, list.Sum(e => e.Volunteers), list.Sum(e => e.TotalHours))
                : new TownshipTotal(t, names.GetValueOrDefault(t, ""), 0, 0, 0m))
            .OrderByDescending(t => t.Hours).ThenBy(t => t.TownshipName, StringComparer.Ordinal).ToList();
        return new CityVolunteerTotals(request.From, request.To, rows,
            new VolunteerTotal(events.Count, events.Sum(e => e.Volunteers), events.Sum(e => e.TotalHours)));
    }
}
