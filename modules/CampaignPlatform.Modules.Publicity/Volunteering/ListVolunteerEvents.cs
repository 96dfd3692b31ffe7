using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Publicity.Activities;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Shared;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.Volunteering;

/// <summary>A township's volunteer events, filtered by village, kind and period, newest first, a page at a time.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record ListVolunteerEvents(
    Guid TownshipId, Guid? VillageId, VolunteerWorkKind? Kind, DateOnly? From, DateOnly? To, int? Page, int? PageSize)
    : IRequest<Paged<VolunteerEventDto>>, ITownshipScoped, IPagedQuery, IDateRange;

/// <summary>One volunteer event.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetVolunteerEvent(Guid EventId) : IRequest<VolunteerEventDto>;

internal sealed class ListVolunteerEventsValidator : AbstractValidator<ListVolunteerEvents>
{
    public ListVolunteerEventsValidator()
    {
        this.AddPagingRules();
        this.AddDateRangeRule();
        RuleFor(q => q.Kind).IsInEnum();
    }
}

internal sealed class VolunteerEventQueries(PublicityDbContext db, IMediator mediator)
    : IRequestHandler<ListVolunteerEvents, Paged<VolunteerEventDto>>, IRequestHandler<GetVolunteerEvent, VolunteerEventDto>
{
    public async Task<Paged<VolunteerEventDto>> Handle(ListVolunteerEvents request, CancellationToken cancellationToken)
    {
        var query = InPeriod(db, [request.TownshipId], request.From, request.To);
        if (request.VillageId is { } village)
        {
            query = query.Where(e => e.VillageId == village);
        }

        if (request.Kind is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }

        var names = await ActivityQueries.VillageNames(mediator, request.TownshipId, cancellationToken);
        var page = await query.OrderByDescending(e => e.HeldOn).ThenByDescending(e => e.RecordedAt)
            .ToPagedAsync(request, cancellationToken);
        return page.Map(e => VolunteerEventDto.From(e, ActivityQueries.NameOf(names, e.VillageId)));
    }

    public async Task<VolunteerEventDto> Handle(GetVolunteerEvent request, CancellationToken cancellationToken)
    {
        var volunteerEvent = await db.VolunteerEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == request.EventId, cancellationToken)
            ?? throw new NotFoundException("Volunteer event", request.EventId);
        await PublicityAccess.EnsureEnabledAsync(mediator, volunteerEvent.TownshipId, cancellationToken);
        var village = volunteerEvent.VillageId is { } id ? await mediator.Send(new FindVillage(id), cancellationToken) : null;
        return VolunteerEventDto.From(volunteerEvent, village?.Name);
    }

    /// <summary>The events of the townships held in the period (open ends when a bound is missing); shared with totals and the ledger.</summary>
    public static IQueryable<VolunteerEvent> InPeriod(PublicityDbContext db, IReadOnlyCollection<Guid> townships, DateOnly? from, DateOnly? to) =>
        db.VolunteerEvents.AsNoTracking()
            .Where(e => townships.Contains(e.TownshipId) && (from == null || e.HeldOn >= from) && (to == null || e.HeldOn <= to));
}
