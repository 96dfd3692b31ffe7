using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Enforcement.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Enforcement.Intake;

internal sealed record ReportBody(
    Guid? TownshipId, Guid? VillageId, CaseCategory? Category, string? Description, string? Address, double? Latitude, double? Longitude, string? ContactPhone);

/// <summary>The public snap-and-report intake: multipart/form-data with up to three <c>photos</c>, or JSON without photos.</summary>
internal static class IntakeEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/reports", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                var receipt = await Submit(mediator, await ReadAsync(http, ct), ct);
                return TypedResults.Created($"/api/enforcement/reports/{receipt.TrackingToken}", receipt);
            })
            .AddEndpointFilter<IntakeRateLimitFilter>()
            .DisableAntiforgery()
            .AllowAnonymous()
            .WithSummary("随手拍举报 · Report a problem (no account; multipart with photos, or JSON)");
        api.MapGet("/reports/{token}", async (string token, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TrackReport(token), ct)))
            .AllowAnonymous()
            .WithSummary("举报进度查询 · The public status of a report, by its tracking token");
    }

    /// <summary>Sends the report; where the module is off the reporter is told the township does not take reports yet.</summary>
    public static async Task<ReportReceipt> Submit(IMediator mediator, SubmitReport report, CancellationToken ct)
    {
        try
        {
            return await mediator.Send(report, ct);
        }
        catch (ModuleDisabledException disabled)
        {
            var name = disabled.Extensions.TryGetValue("townshipName", out var n) ? n : report.TownshipId;
            throw new ForbiddenException($"“{name}”暂未开通随手拍举报受理。This township does not take reports yet.");
        }
    }

    private static async Task<SubmitReport> ReadAsync(HttpRequest http, CancellationToken ct)
    {
        var key = http.Headers[IdempotencyHeader].ToString() is { Length: > 0 } k ? k.Trim() : null;
        if (!http.HasFormContentType)
        {
            var body = await JsonBody.ReadAsync<ReportBody>(http, ct);
            var township = body.TownshipId ?? throw Missing("townshipId");
            return new SubmitReport(township, body.VillageId, body.Category, body.Description, body.Address, body.Latitude, body.Longitude,
                body.ContactPhone, [], key);
        }

        var form = await http.ReadFormAsync(ct);
        var fields = new FormReader(form);
        var report = new SubmitReport(
            fields.Guid("townshipId") ?? Guid.Empty, fields.Guid("villageId"), fields.Enum<CaseCategory>("category"), fields.Text("description"),
            fields.Text("address"), fields.Number("latitude"), fields.Number("longitude"), fields.Text("contactPhone"),
            await PhotoTypes.ReadAsync(form.Files, ct), key);
        fields.ThrowIfInvalid();
        return report.TownshipId == Guid.Empty ? throw Missing("townshipId") : report;
    }

    public static FluentValidation.ValidationException Missing(string field) =>
        new([new FluentValidation.Results.ValidationFailure(field, $"“{field}”不能为空。'{field}' is required.")]);
}
