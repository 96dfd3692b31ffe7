using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.RuralUpkeep.FiveHaves;

/// <summary>A township's villages with their five-haves state and latest inspection, in village-code order.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetTownshipVillages(Guid TownshipId) : ITownshipScoped, IRequest<IReadOnlyList<VillageFiveHavesDto>>;

/// <summary>One village's five haves.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetVillageFiveHaves(Guid VillageId) : IVillageScoped, IRequest<VillageFiveHavesDto>;

internal sealed class FiveHaveQueries(RuralUpkeepDbContext db, IMediator mediator) :
    IRequestHandler<GetTownshipVillages, IReadOnlyList<VillageFiveHavesDto>>,
    IRequestHandler<GetVillageFiveHaves, VillageFiveHavesDto>
{
    public async Task<IReadOnlyList<VillageFiveHavesDto>> Handle(GetTownshipVillages request, CancellationToken cancellationToken)
    {
        var villages = await mediator.Send(new ListVillages([request.TownshipId]), cancellationToken);
        var haves = await db.FiveHaves.AsNoTracking().Where(f => f.TownshipId == request.TownshipId).ToListAsync(cancellationToken);
        var latest = await LatestInspections(db.Inspections.Where(i => i.TownshipId == request.TownshipId), cancellationToken);
        return villages.OrderBy(v => v.Code, StringComparer.Ordinal)
            .Select(v => VillageFiveHavesDto.From(v, haves, latest.TryGetValue(v.Id, out var l) ? l : null)).ToList();
    }

    public async Task<VillageFiveHavesDto> Handle(GetVillageFiveHaves request, CancellationToken cancellationToken)
    {
        var village = (await mediator.Send(new FindVillage(request.VillageId), cancellationToken))!;
        var haves = await db.FiveHaves.AsNoTracking().Where(f => f.VillageId == village.Id).ToListAsync(cancellationToken);
        var latest = await LatestInspections(db.Inspections.Where(i => i.VillageId == village.Id), cancellationToken);
        return VillageFiveHavesDto.From(village, haves, latest.TryGetValue(village.Id, out var l) ? l : null);
    }

    /// <summary>The newest inspection of each village among <paramref name="inspections"/>, in one query.</summary>
    public static async Task<Dictionary<Guid, (DateOnly On, decimal Score)>> LatestInspections(IQueryable<Inspection> inspections, CancellationToken ct)
    {
        var rows = await inspections.AsNoTracking()
            .Select(i => new { i.VillageId, i.InspectedOn, i.RecordedAt, i.Score })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.VillageId)
            .Select(g => g.OrderByDescending(r => r.InspectedOn).ThenByDescending(r => r.RecordedAt).First())
            .ToDictionary(r => r.VillageId, r => (r.InspectedOn, r.Score));
    }
}

internal static class FiveHaveEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/townships/{townshipId:guid}/villages", async (Guid townshipId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTownshipVillages(townshipId), ct)))
            .WithSummary("村庄长效管护“五有”情况 · A township's villages with their five haves and latest score");
        api.MapGet("/villages/{villageId:guid}/five-haves", async (Guid villageId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetVillageFiveHaves(villageId), ct)))
            .WithSummary("村庄“五有” · One village's five haves");
        api.MapPut("/villages/{villageId:guid}/five-haves", async (Guid villageId, RecordFiveHave body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(body with { VillageId = villageId }, ct)))
            .WithSummary("登记“五有” · Record one of the five haves (rules, standards, team, funding, inspection) with its date and evidence");
    }
}
