using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Shared;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.Activities;

/// <summary>A township's activities, filtered by village, channel and period, newest first, a page at a time.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record ListActivities(Guid TownshipId, Guid? VillageId, Channel? Channel, DateOnly? From, DateOnly? To, int? Page, int? PageSize)
    : IRequest<Paged<ActivityDto>>, ITownshipScoped, IPagedQuery, IDateRange;

/// <summary>One activity.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetActivity(Guid ActivityId) : IRequest<ActivityDto>;

internal sealed class ListActivitiesValidator : AbstractValidator<ListActivities>
{
    public ListActivitiesValidator()
    {
        this.AddPagingRules();
        this.AddDateRangeRule();
        RuleFor(q => q.Channel).IsInEnum();
    }
}

internal sealed class ActivityQueries(PublicityDbContext db, IMediator mediator)
    : IRequestHandler<ListActivities, Paged<ActivityDto>>, IRequestHandler<GetActivity, ActivityDto>
{
    public async Task<Paged<ActivityDto>> Handle(ListActivities request, CancellationToken cancellationToken)
    {
        var query = InPeriod(db, request.TownshipId, request.From, request.To);
        if (request.VillageId is { } village)
        {
            query = query.Where(a => a.VillageId == village);
        }

        if (request.Channel is { } channel)
        {
            query = query.Where(a => a.Channel == channel);
        }

        var names = await VillageNames(mediator, request.TownshipId, cancellationToken);
        var page = await query.OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.RecordedAt)
            .ToPagedAsync(request, cancellationToken);
        return page.Map(a => ActivityDto.From(a, NameOf(names, a.VillageId)));
    }

    public async Task<ActivityDto> Handle(GetActivity request, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.ActivityId, cancellationToken)
            ?? throw new NotFoundException("Activity", request.ActivityId);
        await PublicityAccess.EnsureEnabledAsync(mediator, activity.TownshipId, cancellationToken);
        var village = activity.VillageId is { } id ? await mediator.Send(new FindVillage(id), cancellationToken) : null;
        return ActivityDto.From(activity, village?.Name);
    }

    /// <summary>A township's activities held in the period (open ends when a bound is missing); shared with the ledger.</summary>
    public static IQueryable<Activity> InPeriod(PublicityDbContext db, Guid townshipId, DateOnly? from, DateOnly? to) =>
        db.Activities.AsNoTracking()
            .Where(a => a.TownshipId == townshipId && (from == null || a.HeldOn >= from) && (to == null || a.HeldOn <= to));

    public static async Task<Dictionary<Guid, string>> VillageNames(IMediator mediator, Guid townshipId, CancellationToken ct) =>
        (await mediator.Send(new ListVillages([townshipId]), ct)).ToDictionary(v => v.Id, v => v.Name);

    public static string? NameOf(Dictionary<Guid, string> names, Guid? villageId) =>
        villageId is { } id ? names.GetValueOrDefault(id) : null;
}
