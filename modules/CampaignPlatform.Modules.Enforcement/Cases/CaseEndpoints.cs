using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Intake;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        api.MapGet("/townships/{townshipId:guid}/cases", async (Guid townshipId, CaseState? state, bool? overdue, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCases(townshipId, state, overdue), ct)))
            .WithSummary("乡镇案件列表 · A township's cases (state=…, overdue=true)");
        api.MapGet("/townships/{townshipId:guid}/cases/search", async (
                    Guid townshipId, CaseState? state, CaseCategory? category, bool? overdue, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchCases(townshipId, state, category, overdue, page, pageSize), ct)))
            .WithSummary("查找案件（分页）· A township's cases by state, category and overdue, a page at a time");
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

        // The body's type is generic here, so minimal APIs take it as optional: a missing body arrives as null and the
        // validator names the fields it lacks.
        Transition(api, "register", "立案 · Register", (Guid id, NoteBody? b) => new RegisterCase(id, b?.Note));
        Transition(api, "reject", "不予立案 · Reject, with a reason", (Guid id, RejectBody? b) => new RejectCase(id, b?.Reason));
        Transition(api, "dispatch", "派遣 · Dispatch to a level and a unit", (Guid id, DispatchBody? b) => new DispatchCase(id, b?.Level, b?.UnitId, b?.Note));
        Transition(api, "verify", "核查 · Verify (passed or not; never by the handler)", (Guid id, VerifyBody? b) => new VerifyCase(id, b?.Passed, b?.Note));
        Transition(api, "close", "结案 · Close", (Guid id, NoteBody? b) => new CloseCase(id, b?.Note));
        Transition(api, "park", "挂账 · Park with a supervisor's approval", (Guid id, ParkBody? b) => new ParkCase(id, b?.Reason));
        Transition(api, "resume", "恢复办理 · Resume a parked case", (Guid id, NoteBody? b) => new ResumeCase(id, b?.Note));
        api.MapPost("/cases/{caseId:guid}/handle", async (Guid caseId, HttpRequest http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(await ReadHandleAsync(caseId, http, ct), ct)))
            .DisableAntiforgery()
            .WithSummary("处置 · Record the handling, with up to three photos (multipart) or JSON");
    }

    private static void Transition<TBody>(IEndpointRouteBuilder api, string action, string summary, Func<Guid, TBody, IRequest<CaseDto>> command) =>
        api.MapPost($"/cases/{{caseId:guid}}/{action}", async (Guid caseId, TBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command(caseId, body), ct)))
            .WithSummary(summary);

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
