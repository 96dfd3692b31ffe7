using CampaignPlatform.Modules.DemonstrationCreation.Applications;
using CampaignPlatform.Modules.DemonstrationCreation.Criteria;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using CampaignPlatform.Modules.DemonstrationCreation.Reviews;
using CampaignPlatform.Modules.DemonstrationCreation.Titles;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.DemonstrationCreation;

internal sealed record CriterionChangeBody(string? Name, int? Points, bool? Retired, int? Version);

internal sealed record ReviewBody(DateOnly? ReviewedOn, IReadOnlyList<ScoreInput>? Scores, string? Note, int? Version);

internal sealed record WithdrawBody(string? Reason, int? Version);

/// <summary>A named type rather than an anonymous one, so the endpoint's request delegate can be generated at compile time.</summary>
internal sealed record KindLabel(string Kind, string KindZh);

/// <summary>Mapped under <c>/api/demo-creation</c>. Endpoints only translate HTTP to requests; the pipeline does the rest.</summary>
internal static class DemonstrationEndpoints
{
    private const string Prefix = "/api/" + DemonstrationCreationModule.Id;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/kinds", () => TypedResults.Ok(Enum.GetValues<DemonstrationKind>().Select(k => new KindLabel(k.ToString(), DemonstrationLabels.Of(k)))))
            .WithSummary("示范类别 · The kinds of demonstration");
        api.MapGet("/criteria", async (DemonstrationKind? kind, bool? includeRetired, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCriteria(kind, includeRetired ?? false), ct)))
            .WithSummary("评分标准 · The criteria of a kind (or every kind) with their points");
        api.MapPost("/criteria", async (AddCriterion body, IMediator mediator, CancellationToken ct) =>
            {
                var criterion = await mediator.Send(body, ct);
                return TypedResults.Created($"{Prefix}/criteria/{criterion.Id}", criterion);
            })
            .WithSummary("新增评分标准 · Add a criterion to a kind (city administrators)");
        api.MapPut("/criteria/{criterionId:guid}", async (Guid criterionId, CriterionChangeBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeCriterion(criterionId, body.Name, body.Points, body.Retired, body.Version), ct)))
            .WithSummary("修改评分标准 · Correct or retire a criterion with the version last read");

        api.MapPost("/townships/{townshipId:guid}/applications", async (Guid townshipId, SubmitApplication body, IMediator mediator, CancellationToken ct) =>
            {
                var application = await mediator.Send(body with { TownshipId = townshipId }, ct);
                return TypedResults.Created($"{Prefix}/applications/{application.Id}", application);
            })
            .WithSummary("示范申报 · A township applies for a place to be named a demonstration");
        api.MapGet("/applications", async (Guid? townshipId, DemonstrationKind? kind, ApplicationState? state, int? page, int? pageSize,
                    IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchApplications(townshipId, kind, state, page, pageSize), ct)))
            .WithSummary("申报列表（分页）· Applications by township, kind and state, a page at a time");
        api.MapGet("/applications/{applicationId:guid}", async (Guid applicationId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetApplication(applicationId), ct)))
            .WithSummary("申报详情 · One application with its reviews");
        api.MapPost("/applications/{applicationId:guid}/reviews", async (Guid applicationId, ReviewBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReviewApplication(applicationId, body.ReviewedOn, body.Scores, body.Note, body.Version), ct)))
            .WithSummary("现场评审 · Score an application on site; at the pass mark the title is granted");

        api.MapGet("/titles", async (Guid? townshipId, DemonstrationKind? kind, TitleState? state, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchTitles(townshipId, kind, state, page, pageSize), ct)))
            .WithSummary("示范称号（分页）· Titles by township, kind and state, a page at a time");
        api.MapGet("/titles/{titleId:guid}", async (Guid titleId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTitle(titleId), ct)))
            .WithSummary("称号详情 · One title with its reviews");
        api.MapPost("/titles/{titleId:guid}/reviews", async (Guid titleId, ReviewBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReviewTitle(titleId, body.ReviewedOn, body.Scores, body.Note, body.Version), ct)))
            .WithSummary("年度复审 · The yearly review of a title; below the pass mark it is withdrawn");
        api.MapPost("/titles/{titleId:guid}/withdraw", async (Guid titleId, WithdrawBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new WithdrawTitle(titleId, body.Reason, body.Version), ct)))
            .WithSummary("撤销称号 · A supervisor withdraws a title with a reason");
    }
}
