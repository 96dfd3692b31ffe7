using CampaignPlatform.Modules.Enforcement.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Enforcement.Frontages;

internal sealed record CorrectionBody(
    Guid? VillageId, string? Name, string? Address, Guid? UnitId, bool PartyMember, DateOnly? AgreementSignedOn, IReadOnlyList<FrontageDuties>? Duties, int? Version);

internal sealed record RatingBody(DateOnly? RatedOn, string? Rater, bool? Passed, IReadOnlyList<FrontageDuties>? FailedDuties, string? Note);

internal static class FrontageEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/frontages", async (RegisterFrontage body, IMediator mediator, CancellationToken ct) =>
            {
                var frontage = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/enforcement/townships/{frontage.TownshipId}/frontages", frontage);
            })
            .WithSummary("登记门前五包责任书 · Register a frontage agreement");
        api.MapGet("/frontages/{frontageId:guid}", async (Guid frontageId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetFrontage(frontageId), ct)))
            .WithSummary("门前五包责任书 · One frontage agreement, with its version");
        api.MapPut("/frontages/{frontageId:guid}", async (Guid frontageId, CorrectionBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CorrectFrontage(
                    frontageId, body.VillageId, body.Name, body.Address, body.UnitId, body.PartyMember, body.AgreementSignedOn, body.Duties, body.Version), ct)))
            .WithSummary("更正门前五包责任书 · Correct an agreement with the version last read (stale → 409)");
        api.MapGet("/townships/{townshipId:guid}/frontages", async (Guid townshipId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListFrontages(townshipId), ct)))
            .WithSummary("门前五包责任单位 · A township's frontages");
        api.MapPost("/frontages/{frontageId:guid}/ratings", async (Guid frontageId, RatingBody body, IMediator mediator, CancellationToken ct) =>
            {
                var rating = await mediator.Send(new RateFrontage(frontageId, body.RatedOn, body.Rater, body.Passed, body.FailedDuties, body.Note), ct);
                return TypedResults.Created($"/api/enforcement/frontages/{frontageId}/ratings/{rating.Id}", rating);
            })
            .WithSummary("门前五包评定 · Rate a frontage (the third failure in 30 days opens a case)");
        api.MapGet("/townships/{townshipId:guid}/frontages/lists", async (Guid townshipId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetFrontageLists(townshipId, from, to), ct)))
            .WithSummary("门前五包红黑榜 · A township's red and black lists");
        api.MapGet("/units/{unitId:guid}/frontages", async (Guid unitId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetUnitFrontageRecord(unitId, from, to), ct)))
            .WithSummary("单位门前五包表现 · A unit's own frontages, for its record");
    }
}
