using CampaignPlatform.Modules.Publicity.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Publicity.Surveys;

internal sealed record AnswerBody(bool? Positive, Guid? VillageId, string? Note);

internal sealed record AnswerCountsBody(int? SampleSize, int? PositiveCount, Guid? VillageId, string? Note);

internal sealed record CloseBody(int? ExpectedVersion);

internal static class SurveyEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/surveys", async (OpenSurveyRound body, IMediator mediator, CancellationToken ct) =>
            {
                var round = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/publicity/surveys/{round.Id}", round);
            })
            .WithSummary("开始一轮调查 · Open a survey round (awareness, participation or satisfaction; internal or third party; township or city-wide)");
        api.MapGet("/surveys", async (Guid? townshipId, SurveyKind? kind, DateOnly? from, DateOnly? to, int? page, int? pageSize,
                    IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListSurveyRounds(townshipId, kind, from, to, page, pageSize), ct)))
            .WithSummary("调查轮次 · Survey rounds overlapping a period, each with its rate, sample and 95 % interval");
        api.MapGet("/surveys/{roundId:guid}", async (Guid roundId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSurveyRound(roundId), ct)))
            .WithSummary("调查结果 · One round with its rate, sample and 95 % interval");
        api.MapGet("/surveys/{roundId:guid}/entries", async (Guid roundId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSurveyEntries(roundId), ct)))
            .WithSummary("答卷录入记录 · A round's entries, one by one or counted, with who entered them");
        api.MapPost("/surveys/{roundId:guid}/answers", async (Guid roundId, AnswerBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordAnswer(roundId, body.Positive, body.VillageId, body.Note), ct)))
            .WithSummary("录入一份答卷 · Enter one answer (positive: aware / took part / satisfied)");
        api.MapPost("/surveys/{roundId:guid}/answer-counts", async (Guid roundId, AnswerCountsBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordAnswerCounts(roundId, body.SampleSize, body.PositiveCount, body.VillageId, body.Note), ct)))
            .WithSummary("汇总录入答卷 · Enter answers as counts (sample size and positive count)");
        api.MapPost("/surveys/{roundId:guid}/close", async (Guid roundId, CloseBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CloseSurveyRound(roundId, body?.ExpectedVersion), ct)))
            .WithSummary("结束调查 · Close a round: its rate becomes final and further answers are refused (409)");
    }
}
