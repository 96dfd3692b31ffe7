using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.CampaignName.Entries;

/// <summary>Mapped under <c>/api/campaign-id</c>. Endpoints only translate HTTP to requests; the pipeline does the rest.</summary>
internal static class EntryEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/townships/{townshipId:guid}/entries", async (Guid townshipId, RecordEntry body, IMediator mediator, CancellationToken ct) =>
            {
                var entry = await mediator.Send(body with { TownshipId = townshipId }, ct);
                return TypedResults.Created($"/api/{CampaignNameModule.Id}/townships/{townshipId}/entries", entry);
            })
            .WithSummary("登记工作记录 · Record an entry in a township");
        api.MapGet("/townships/{townshipId:guid}/entries", async (Guid townshipId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListEntries(townshipId, from, to), ct)))
            .WithSummary("乡镇工作记录 · A township's entries in a period");
    }
}
