using CampaignPlatform.Kernel.Access;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Enablement.Switching;

/// <summary>Mapped under <c>/api/townships/{townshipId}/modules</c>: the switches read as a property of the township.</summary>
internal static class SwitchingEndpoints
{
    public static void Map(IEndpointRouteBuilder root)
    {
        var group = root.MapGroup("/townships/{townshipId:guid}/modules").WithTags("Module enablement");
        group.MapGet("", async (Guid townshipId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTownshipModules(townshipId), ct)))
            .WithSummary("乡镇的模块启用情况 · Modules of a township, with whether each is on");
        group.MapGet("/history", async (Guid townshipId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEnablementHistory(townshipId), ct)))
            .WithSummary("启用变更记录 · History of switch changes");
        group.MapPut("/{moduleId}", async (Guid townshipId, string moduleId, SetModuleEnabled body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(body with { TownshipId = townshipId, ModuleId = moduleId }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessPolicies.CityAdministrator)
            .WithSummary("启用或停用模块 · Switch a module on or off (city administrators)");
    }
}
