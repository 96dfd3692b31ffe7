using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Assessment.Facts;

internal static class FactEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("").WithTags("Assessment");
        group.MapPost("/facts", async (RecordFact body, IMediator mediator, CancellationToken ct) =>
            {
                var fact = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/assessment/facts?year={fact.Year}", fact);
            })
            .WithSummary("登记必备条件或技术评估结果 · Record whether the prerequisites are met or the technical assessment passed");
        group.MapGet("/facts", async (int? year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListFacts(year), ct)))
            .WithSummary("登记记录 · Recorded facts, newest first");
        group.MapPost("/exposures", async (RecordExposure body, IMediator mediator, CancellationToken ct) =>
            {
                var exposure = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/assessment/exposures?year={exposure.Year}", exposure);
            })
            .WithSummary("登记省级曝光 · Record a provincial exposure");
        group.MapGet("/exposures", async (int? year, Guid? townshipId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListExposures(year, townshipId), ct)))
            .WithSummary("曝光记录 · Exposures, newest first");
    }
}
