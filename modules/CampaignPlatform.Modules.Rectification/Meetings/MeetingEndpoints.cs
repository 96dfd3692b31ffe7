using CampaignPlatform.Modules.Rectification.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Rectification.Meetings;

internal static class MeetingEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/meetings", async (MeetingKind? kind, Guid? townshipId, DateOnly? from, DateOnly? to, int? page, int? pageSize,
                    IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMeetings(kind, townshipId, from, to, page, pageSize), ct)))
            .WithSummary("调度会与周学习 · Dispatch meetings and weekly studies, newest first, a page at a time");
        api.MapPost("/meetings", async (RecordMeeting body, IMediator mediator, CancellationToken ct) =>
            {
                var meeting = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/rectification/meetings?from={meeting.HeldOn:yyyy-MM-dd}", meeting);
            })
            .WithSummary("登记会议 · Record a meeting; decisions can open rectification items");
        api.MapGet("/meetings/gaps", async (DateOnly? since, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCadenceGaps(since, page, pageSize), ct)))
            .WithSummary("调度学习缺失 · Lapses found by the cadence check, newest first, a page at a time");
    }
}
