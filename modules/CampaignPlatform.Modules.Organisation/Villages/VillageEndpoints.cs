using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Organisation.Villages;

internal static class VillageEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/townships/{townshipId:guid}/villages", async (Guid townshipId, bool? includeRetired, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetVillagesOfTownship(townshipId, includeRetired ?? false), ct)))
            .WithSummary("乡镇下的村（社区）· Villages and communities of a township");
        api.MapPost("/townships/{townshipId:guid}/villages", async (Guid townshipId, CreateVillage body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(body with { TownshipId = townshipId }, ct);
                return TypedResults.Created($"/api/org/villages/{created.Id}", created);
            })
            .WithSummary("新增村（社区）· Add a village or community");
        api.MapGet("/villages/{villageId:guid}", async (Guid villageId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetVillage(villageId), ct)))
            .WithSummary("村（社区）详情 · One village or community");
        api.MapPut("/villages/{villageId:guid}", async (Guid villageId, UpdateVillage body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(body with { VillageId = villageId }, ct)))
            .WithSummary("修改村（社区）· Update a village or community");
        api.MapPost("/villages/{villageId:guid}/retire", async (Guid villageId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RetireVillage(villageId), ct)))
            .WithSummary("撤销村（社区）· Retire a village or community");
    }
}
