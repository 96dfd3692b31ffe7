using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Organisation.Units;

internal static class UnitEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/units", async (bool? includeRetired, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetUnits(includeRetired ?? false), ct)))
            .WithSummary("责任单位列表 · Responsible units");
        api.MapPost("/units", async (CreateUnit body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/org/units/{created.Id}", created);
            })
            .WithSummary("新增责任单位 · Add a responsible unit");
        api.MapPut("/units/{unitId:guid}", async (Guid unitId, UpdateUnit body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(body with { UnitId = unitId }, ct)))
            .WithSummary("修改责任单位 · Update a responsible unit");
        api.MapPost("/units/{unitId:guid}/retire", async (Guid unitId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RetireUnit(unitId), ct)))
            .WithSummary("撤销责任单位 · Retire a responsible unit");
    }
}
