using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Shared;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Publicity.Activities;

internal sealed record CorrectActivityBody(
    int? ExpectedVersion,
    Guid? VillageId,
    Channel? Channel,
    string? Title,
    DateOnly? HeldOn,
    OrganiserInput? Organiser,
    int? Participants,
    int? EstimatedReach,
    string? EvidenceNote);

internal static class ActivityEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/activities", async (RecordActivity body, IMediator mediator, CancellationToken ct) =>
            {
                var activity = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/publicity/activities/{activity.Id}", activity);
            })
            .WithSummary("登记宣传活动 · Record a publicity activity");
        api.MapGet("/townships/{townshipId:guid}/activities",
                async (Guid townshipId, Guid? villageId, Channel? channel, DateOnly? from, DateOnly? to, int? page, int? pageSize, IMediator mediator,
                        CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new ListActivities(townshipId, villageId, channel, from, to, page, pageSize), ct)))
            .WithSummary("乡镇宣传活动 · A township's activities by village, channel and period, paged");
        api.MapGet("/activities/{activityId:guid}", async (Guid activityId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetActivity(activityId), ct)))
            .WithSummary("宣传活动详情 · One activity");
        api.MapPut("/activities/{activityId:guid}", async (Guid activityId, CorrectActivityBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CorrectActivity(activityId, body.ExpectedVersion, body.VillageId, body.Channel, body.Title,
                    body.HeldOn, body.Organiser, body.Participants, body.EstimatedReach, body.EvidenceNote), ct)))
            .WithSummary("更正宣传活动 · Correct an activity recorded with a mistake (expectedVersion required)");
    }
}
