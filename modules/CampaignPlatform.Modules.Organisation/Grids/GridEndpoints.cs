using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Organisation.Grids;

internal static class GridEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/villages/{villageId:guid}/grids", async (Guid villageId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetGrids(villageId), ct)))
            .WithSummary("村（社区）的网格 · Grids of a village or community");
        api.MapPost("/villages/{villageId:guid}/grids", async (Guid villageId, CreateGrid body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(body with { VillageId = villageId }, ct);
                return TypedResults.Created($"/api/org/villages/{villageId}/grids", created);
            })
            .WithSummary("新增网格 · Add a grid");
    }
}
