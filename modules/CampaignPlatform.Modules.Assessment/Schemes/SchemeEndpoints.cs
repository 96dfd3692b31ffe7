using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Assessment.Schemes;

internal static class SchemeEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/schemes").WithTags("Assessment");
        group.MapGet("/{year:int}", async (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetScheme(year), ct)))
            .WithSummary("年度考核方案 · The scoring scheme of a year (created from the previous year or the 2021 default)");
        group.MapPut("/{year:int}", async (int year, UpdateScheme body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(body with { Year = year }, ct)))
            .WithSummary("修改考核方案分值 · Change the points of a year's lines (children add up to their parent)");
    }
}
