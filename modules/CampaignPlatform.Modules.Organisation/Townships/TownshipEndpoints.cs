using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Organisation.Townships;

internal static class TownshipEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/townships", async (bool? includeRetired, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTownshipList(includeRetired ?? false), ct)))
            .WithSummary("乡镇列表 · List townships");
        api.MapGet("/townships/{townshipId:guid}", async (Guid townshipId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTownship(townshipId), ct)))
            .WithSummary("乡镇详情 · One township");
        api.MapPost("/townships", async (CreateTownship body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/org/townships/{created.Id}", created);
            })
            .WithSummary("新建乡镇 · Create a township");
        api.MapPut("/townships/{townshipId:guid}", async (Guid townshipId, UpdateTownship body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(body with { TownshipId = townshipId }, ct)))
            .WithSummary("修改乡镇 · Update a township");
        api.MapPost("/townships/{townshipId:guid}/retire", async (Guid townshipId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RetireTownship(townshipId), ct)))
            .WithSummary("撤销乡镇 · Retire a township (its history is kept)");
    }
}
