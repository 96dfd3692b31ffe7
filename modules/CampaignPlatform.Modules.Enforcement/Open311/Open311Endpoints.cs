using System.Text.Json.Serialization;
using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Intake;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Enforcement.Open311;

internal sealed record Open311Service(
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("service_name")] string ServiceName,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("metadata")] bool Metadata,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("keywords")] string Keywords,
    [property: JsonPropertyName("group")] string Group);

internal sealed record Open311Attribute(
    [property: JsonPropertyName("variable")] bool Variable,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("datatype")] string Datatype,
    [property: JsonPropertyName("required")] bool Required,
    [property: JsonPropertyName("datatype_description")] string DatatypeDescription,
    [property: JsonPropertyName("order")] int Order,
    [property: JsonPropertyName("description")] string Description);

internal sealed record Open311Definition(
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("attributes")] IReadOnlyList<Open311Attribute> Attributes);

internal sealed record Open311Receipt(
    [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("service_notice")] string ServiceNotice);

internal sealed record Open311Request(
    [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("status_notes")] string StatusNotes,
    [property: JsonPropertyName("service_name")] string ServiceName,
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("requested_datetime")] DateTimeOffset RequestedDatetime,
    [property: JsonPropertyName("updated_datetime")] DateTimeOffset UpdatedDatetime,
    [property: JsonPropertyName("address")] string Address)
{
    public static Open311Request From(PublicReportStatus s) => new(
        s.CaseNumber, s.Open ? "open" : "closed", s.StateZh, s.CategoryZh, s.Category.ToString(), s.ReportedAt, s.UpdatedAt,
        s.Village is null ? s.Township : $"{s.Township} {s.Village}");
}

/// <summary>
/// Open311 GeoReport v2 at the application root, so existing Open311 apps can report to the city. Our categories
/// are the services; Reported to Verified are "open", Closed and Rejected "closed". A new request goes through the
/// same <see cref="SubmitReport"/> as <c>/api/enforcement/reports</c> (validation, Idempotency-Key, rate limit,
/// duplicate linking); the township is the attribute <c>attribute[township_id]</c>. Public views carry no personal data.
/// </summary>
internal static class Open311Endpoints
{
    public static void Map(IEndpointRouteBuilder root)
    {
        // Open311 is the public's: existing apps report and look up without an account.
        var open311 = root.MapGroup("/open311/v2").WithTags("Open311 GeoReport v2").AllowAnonymous();
        open311.MapGet("/services.json", () => TypedResults.Ok(Enum.GetValues<CaseCategory>().Select(c => new Open311Service(
                c.ToString(), EnforcementLabels.Of(c), $"{EnforcementLabels.Of(c)}（城市管理执法）", true, "realtime", EnforcementLabels.Of(c), "城市管理执法"))))
            .WithSummary("Open311 services: the case categories");
        open311.MapGet("/services/{code}.json", (string code) => Enum.TryParse<CaseCategory>(code, false, out var category) && Enum.IsDefined(category)
                ? Results.Ok(new Open311Definition(category.ToString(),
                [
                    new(true, "township_id", "string", true, "乡镇（街道）编号 · township id (GUID, from /api/org/townships)", 1, "乡镇（街道）"),
                    new(true, "village_id", "string", false, "村（社区）编号 · village id (GUID)", 2, "村（社区）"),
                ]))
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Service '{code}' was not found."))
            .WithSummary("Open311 service definition: the township attribute");
        open311.MapPost("/requests.json", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                var receipt = await IntakeEndpoints.Submit(mediator, await ReadAsync(http, ct), ct);
                return TypedResults.Created($"/open311/v2/requests/{receipt.CaseNumber}.json", new[]
                {
                    new Open311Receipt(receipt.CaseNumber, receipt.TrackingToken,
                        receipt.LinkedToExistingCase ? "已有相同问题的案件，已合并办理。Linked to an open case about the same problem." : "已受理。Received."),
                });
            })
            .AddEndpointFilter<IntakeRateLimitFilter>()
            .DisableAntiforgery()
            .WithSummary("Open311: report a problem");
        open311.MapGet("/requests.json", async (string? service_code, string? status, DateTimeOffset? start_date, DateTimeOffset? end_date,
                IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok((await mediator.Send(new ListPublicCases(service_code, status, start_date, end_date), ct)).Select(Open311Request.From)))
            .WithSummary("Open311: recent requests (public view)");
        open311.MapGet("/requests/{id}.json", async (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new[] { Open311Request.From(await mediator.Send(new TrackCaseByNumber(id), ct)) }))
            .WithSummary("Open311: one request (public view)");
    }

    private static async Task<SubmitReport> ReadAsync(HttpRequest http, CancellationToken ct)
    {
        if (!http.HasFormContentType)
        {
            throw new BadHttpRequestException("Open311 requests are form-encoded (application/x-www-form-urlencoded or multipart/form-data).",
                StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await http.ReadFormAsync(ct);
        var fields = new FormReader(form);
        var key = http.Headers[IntakeEndpoints.IdempotencyHeader].ToString() is { Length: > 0 } k ? k.Trim() : null;
        var report = new SubmitReport(
            fields.Guid("attribute[township_id]") ?? Guid.Empty, fields.Guid("attribute[village_id]"), fields.Enum<CaseCategory>("service_code"),
            fields.Text("description"), fields.Text("address_string"), fields.Number("lat"), fields.Number("long"), fields.Text("phone"),
            await PhotoTypes.ReadAsync(form.Files, ct), key);
        fields.ThrowIfInvalid();
        return report.TownshipId == Guid.Empty ? throw IntakeEndpoints.Missing("attribute[township_id]") : report;
    }
}
