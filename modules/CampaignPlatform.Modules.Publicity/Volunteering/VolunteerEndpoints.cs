using CampaignPlatform.Modules.Publicity.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Publicity.Volunteering;

internal static class VolunteerEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/volunteer-events", async (RecordVolunteerEvent body, IMediator mediator, CancellationToken ct) =>
            {
                var volunteerEvent = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/publicity/volunteer-events/{volunteerEvent.Id}", volunteerEvent);
            })
            .WithSummary("登记志愿服务、义务劳动 · Record a volunteer-service or unpaid-labour event (totalHours: the event's total)");
        api.MapGet("/townships/{townshipId:guid}/volunteer-events",
                async (Guid townshipId, Guid? villageId, VolunteerWorkKind? kind, DateOnly? from, DateOnly? to, int? page, int? pageSize, IMediator mediator,
                        CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new ListVolunteerEvents(townshipId, villageId, kind, from, to, page, pageSize), ct)))
            .WithSummary("乡镇志愿服务记录 · A township's volunteer events by village, kind and period, paged");
        api.MapGet("/volunteer-events/{eventId:guid}", async (Guid eventId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetVolunteerEvent(eventId), ct)))
            .WithSummary("志愿服务详情 · One volunteer event");
        api.MapGet("/townships/{townshipId:guid}/volunteer-totals", async (Guid townshipId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTownshipVolunteerTotals(townshipId, from, to), ct)))
            .WithSummary("乡镇志愿服务统计 · A township's volunteers and hours per organiser in a period");
        api.MapGet("/volunteer-totals", async (DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCityVolunteerTotals(from, to), ct)))
            .WithSummary("全市志愿服务统计 · Volunteers and hours per township (where the module is on) in a period");
    }
}
