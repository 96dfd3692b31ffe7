using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.RuralUpkeep.Inspections;

/// <summary>A township's inspections in a period, newest first.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetTownshipInspections(Guid TownshipId, DateOnly? From, DateOnly? To, int? Page = null, int? PageSize = null)
    : ITownshipScoped, IRequest<Paged<InspectionDto>>, IDateRange, IPagedQuery;

/// <summary>A village's inspections, newest first.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetVillageInspections(Guid VillageId, int? Page = null, int? PageSize = null)
    : IVillageScoped, IRequest<Paged<InspectionDto>>, IPagedQuery;

internal sealed class GetTownshipInspectionsValidator : AbstractValidator<GetTownshipInspections>
{
    public GetTownshipInspectionsValidator()
    {
        this.AddDateRangeRule();
        this.AddPagingRules();
    }
}

internal sealed class GetVillageInspectionsValidator : AbstractValidator<GetVillageInspections>
{
    public GetVillageInspectionsValidator() => this.AddPagingRules();
}

internal sealed class InspectionQueries(RuralUpkeepDbContext db, IMediator mediator) :
    IRequestHandler<GetTownshipInspections, Paged<InspectionDto>>,
    IRequestHandler<GetVillageInspections, Paged<InspectionDto>>
{
    public async Task<Paged<InspectionDto>> Handle(GetTownshipInspections request, CancellationToken cancellationToken)
    {
        var inspections = await InPeriod(db, request.TownshipId, request.From, request.To)
            .OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.RecordedAt).ToPagedAsync(request, cancellationToken);
        var names = await VillageNames(mediator, request.TownshipId, cancellationToken);
        return inspections.Map(i => InspectionDto.From(i, names.GetValueOrDefault(i.VillageId)));
    }

    public async Task<Paged<InspectionDto>> Handle(GetVillageInspections request, CancellationToken cancellationToken)
    {
        var village = await mediator.Send(new FindVillage(request.VillageId), cancellationToken);
        var inspections = await db.Inspections.AsNoTracking().Where(i => i.VillageId == request.VillageId)
            .OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.RecordedAt).ToPagedAsync(request, cancellationToken);
        return inspections.Map(i => InspectionDto.From(i, village?.Name));
    }

    public static IQueryable<Inspection> InPeriod(RuralUpkeepDbContext db, Guid townshipId, DateOnly? from, DateOnly? to)
    {
        var query = db.Inspections.AsNoTracking().Where(i => i.TownshipId == townshipId);
        if (from is { } f)
        {
            query = query.Where(i => i.InspectedOn >= f);
        }

        if (to is { } t)
        {
            query = query.Where(i => i.InspectedOn <= t);
        }

        return query;
    }

    public static async Task<Dictionary<Guid, string>> VillageNames(IMediator mediator, Guid townshipId, CancellationToken ct) =>
        (await mediator.Send(new ListVillages([townshipId]), ct)).ToDictionary(v => v.Id, v => v.Name);
}

internal static class InspectionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/inspections", async (RecordInspection body, IMediator mediator, CancellationToken ct) =>
            {
                var inspection = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/rural-upkeep/villages/{inspection.VillageId}/inspections", inspection);
            })
            .WithSummary("登记村庄检查 · Record an inspection; failed items become rectification items");
        api.MapGet("/townships/{townshipId:guid}/inspections", async (Guid townshipId, DateOnly? from, DateOnly? to, int? page, int? pageSize,
                    IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTownshipInspections(townshipId, from, to, page, pageSize), ct)))
            .WithSummary("乡镇检查记录 · A township's inspections in a period, newest first, a page at a time");
        api.MapGet("/villages/{villageId:guid}/inspections", async (Guid villageId, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetVillageInspections(villageId, page, pageSize), ct)))
            .WithSummary("村庄检查记录 · A village's inspections, newest first, a page at a time");
    }
}
