using CampaignPlatform.Modules.Assessment.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Assessment.Standard;

internal static class StandardEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("").WithTags("Assessment · national standard");
        group.MapGet("/indicators", async (IndicatorKind? kind, int? category, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListIndicators(kind, category), ct)))
            .WithSummary("国家卫生城市标准：必备条件和指标 · The standard's prerequisites and indicators");
        group.MapGet("/indicators/{code}", async (string code, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetIndicator(code), ct)))
            .WithSummary("一项指标 · One indicator");
        group.MapPut("/indicators/{code}", async (string code, UpdateIndicator body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(body with { Code = code }, ct)))
            .WithSummary("修改指标 · Edit an indicator (wording, threshold, lead unit)");
        group.MapPost("/indicators/{code}/values", async (string code, RecordIndicatorValue body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(body with { Code = code }, ct)))
            .WithSummary("登记指标数值 · Record a value of an indicator; met follows from the threshold");
        group.MapGet("/readiness", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetReadiness(), ct)))
            .WithSummary("迎检准备情况 · Readiness: thresholds met, evidence per indicator, what is missing");
    }
}
