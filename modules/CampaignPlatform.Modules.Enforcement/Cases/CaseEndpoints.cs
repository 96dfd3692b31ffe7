using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Intake;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Enforcement.Cases;

internal sealed record NoteBody(string? Note);

internal sealed record RejectBody(string? Reason);

internal sealed record DispatchBody(CaseLevel? Level, Guid? UnitId, string? Note);

internal sealed record HandleBody(string? Handler, string? Note);

internal sealed record VerifyBody(bool? Passed, string? Note);

internal sealed record ParkBody(string? Reason);

internal sealed record OpenCaseBody(
    Guid TownshipId, Guid? VillageId, CaseCategory? Category, CaseSource? Source, string? Description, string? Address, double? Latitude, double? Longitude);

internal static class CaseEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/cases", async (OpenCaseBody body, IMediator mediator, CancellationToken ct) =>
            {
                var c = await mediator.Send(new OpenCase(body.TownshipId, body.VillageId, body.Category, body.Source, body.Description, body.Address,
                    body.Latitude, body.Longitude), ct);
                return TypedResults.Created($"/api/enforcement/cases/{c.Id}", c);
            })
            .WithSummary("登记案件 · Open a case found on patrol, in an inspection, by the media, by phone or by a village's whistle");
        api.MapGet("/townships/{townshipId:guid}/cases", async (
                    Guid townshipId, CaseState? state, CaseCategory? category, bool? overdue, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchCases(townshipId, state, category, overdue, page, pageSize), ct)))
            .WithSummary("乡镇案件列表 · A township's cases by state, category and overdue, newest first, a page at a time");
        api.MapGet("/cases/{caseId:guid}", async (Guid caseId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCase(caseId), ct)))
            .WithSummary("案件详情 · A case with its photos and history (phone masked)");
        api.MapGet("/cases/{caseId:guid}/contact", async (Guid caseId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCaseContact(caseId), ct)))
            .WithSummary("举报人联系电话 · The reporters' phone numbers (recorded in the history)");
        api.MapGet("/cases/{caseId:guid}/photos/{photoId:guid}", async (Guid caseId, Guid photoId, IMediator mediator, CancellationToken ct) =>
            {
                var photo = await mediator.Send(new GetCasePhoto(caseId, photoId), ct);
                return TypedResults.File(photo.Content, photo.ContentType);
            })
            .WithSummary("案件照片 · A photo of a case");

        // Each step's body is optional: a missing body arrives as null and the validator names the fields it lacks. The
        // steps are mapped one by one with their own body types, not through a helper generic over them, which the
        // request delegate generator cannot compile (the framework would then compile them from expression trees at every start).
        api.MapPost("/cases/{caseId:guid}/register", (Guid caseId, NoteBody? b, IMediator mediator, CancellationToken ct) =>
                TransitionAsync(new RegisterCase(caseId, b?.Note), mediator, ct))
            .WithSummary("立案 · Register");
        api.MapPost("/cases/{caseId:guid}/reject", (Guid caseId, RejectBody? b, IMediator mediator, CancellationToken ct) =>
                TransitionAsync(new RejectCase(caseId, b?.Reason), mediator, ct))
            .WithSummary("不予立案 · Reject, with a reason");
        api.MapPost("/cases/{caseId:guid}/dispatch", (Guid caseId, DispatchBody? b, IMediator mediator, CancellationToken ct) =>
                TransitionAsync(new DispatchCase(caseId, b?.Level, b?.UnitId, b?.Note), mediator, ct))
            .WithSummary("派遣 · Dispatch to a level and a unit");
        api.MapPost("/cases/{caseId:guid}/verify", (Guid caseId, VerifyBody? b, IMediator mediator, CancellationToken ct) =>
                TransitionAsync(new VerifyCase(caseId, b?.Passed, b?.Note), mediator, ct))
            .WithSummary("核查 · Verify (passed or not; never by the handler)");
        api.MapPost("/cases/{caseId:guid}/close", (Guid caseId, NoteBody? b, IMediator mediator, CancellationToken ct) =>
                TransitionAsync(new CloseCase(caseId, b?.Note), mediator, ct))
            .WithSummary("结案 · Close");
        api.MapPost("/cases/{caseId:guid}/park", (Guid caseId, ParkBody? b, IMediator mediator, CancellationToken ct) =>
                TransitionAsync(new ParkCase(caseId, b?.Reason), mediator, ct))
            .WithSummary("挂账 · Park with a supervisor's approval");
        api.MapPost("/cases/{caseId:guid}/resume", (Guid caseId, NoteBody? b, IMediator mediator, CancellationToken ct) =>
                TransitionAsync(new ResumeCase(caseId, b?.Note), mediator, ct))
            .WithSummary("恢复办理 · Resume a parked case");
        api.MapPost("/cases/{caseId:guid}/handle", async (Guid caseId, HttpRequest http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(await ReadHandleAsync(caseId, http, ct), ct)))
            .DisableAntiforgery()
            .WithSummary("处置 · Record the handling, with up to three photos (multipart) or JSON");
    }

    private static async Task<Ok<CaseDto>> TransitionAsync(IRequest<CaseDto> command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));

    private static async Task<HandleCase> ReadHandleAsync(Guid caseId, HttpRequest http, CancellationToken ct)
    {
        if (!http.HasFormContentType)
        {
            var body = await JsonBody.ReadAsync<HandleBody>(http, ct);
            return new HandleCase(caseId, body.Handler, body.Note, []);
        }

        var form = await http.ReadFormAsync(ct);
        var fields = new FormReader(form);
        return new HandleCase(caseId, fields.Text("handler"), fields.Text("note"), await PhotoTypes.ReadAsync(form.Files, ct));
    }
}
