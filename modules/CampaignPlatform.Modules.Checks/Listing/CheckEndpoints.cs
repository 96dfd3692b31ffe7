using CampaignPlatform.Modules.Checks.Running;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Checks.Listing;

internal static class CheckEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetChecks(), ct)))
            .WithSummary("定时检查列表 · Recurring checks with their next and last run");
        api.MapGet("/runs", async (string? checkId, int? take, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCheckRuns(checkId, take), ct)))
            .WithSummary("运行记录 · Runs, newest first");
        api.MapGet("/runs/{runId:guid}", async (Guid runId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCheckRun(runId), ct)))
            .WithSummary("一次运行 · One run");
        api.MapPost("/{checkId}/run", async (string checkId, IMediator mediator, CancellationToken ct) =>
            {
                var queued = await mediator.Send(new RunCheckNow(checkId), ct);
                return TypedResults.Accepted($"/api/checks/runs/{queued.RunId}", queued);
            })
            .WithSummary("立即运行 · Run a check now");
    }
}
