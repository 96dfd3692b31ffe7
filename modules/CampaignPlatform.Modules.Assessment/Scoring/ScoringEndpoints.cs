using CampaignPlatform.Modules.Assessment.Snapshots;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Assessment.Scoring;

internal static class ScoringEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("").WithTags("Assessment");
        group.MapGet("/scorecard", async (int? year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCityScorecard(year), ct)))
            .WithSummary("全市千分制得分 · The city's scorecard, line by line");
        group.MapGet("/townships/{townshipId:guid}/scorecard", async (Guid townshipId, int? year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTownshipScorecard(townshipId, year), ct)))
            .WithSummary("乡镇得分 · A township's scorecard, compared with its snapshot of a week or more earlier");
        group.MapGet("/rankings", async (int? year, int? top, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRankings(year, top), ct)))
            .WithSummary("红黑榜 · Red list (best townships) and black list (worst)");
        group.MapGet("/snapshots", async (int? year, Guid? townshipId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSnapshots(year, townshipId), ct)))
            .WithSummary("评分快照 · Stored snapshots of the city or of a township, newest first");
    }
}
