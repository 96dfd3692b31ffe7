using CampaignPlatform.Modules.Hygiene.Dashboard;
using CampaignPlatform.Modules.Hygiene.Data;
using CampaignPlatform.Modules.Hygiene.Disinfection;
using CampaignPlatform.Modules.Hygiene.Facilities;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Hygiene.Sites;

internal sealed record FacilityCheckBody(DateOnly? CheckedOn, string? Checker, int? Total, int? Working, bool? SoapPresent);

internal sealed record SiteChangeBody(Guid? VillageId, string? Name, string? Address, Guid? ResponsibleUnitId, int? Version);

internal sealed record RetireBody(DateOnly? RetiredOn, string? Reason, int? Version);

internal sealed record DisinfectionBody(DateTimeOffset? At, decimal? AreaSquareMetres, string? Disinfectant, string? Operator);

/// <summary>A named type rather than an anonymous one, so the endpoint's request delegate can be generated at compile time.</summary>
internal sealed record SiteFrequency(string Category, string CategoryZh, int PerDay);

internal static class SiteEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/frequencies", (IOptions<HygieneOptions> options) => TypedResults.Ok(Enum.GetValues<SiteCategory>()
                .Select(c => new SiteFrequency(c.ToString(), SiteLabels.Of(c), options.Value.FrequencyOf(c)))))
            .WithSummary("消毒频次要求 · Required disinfections per day by site category");
        api.MapGet("/disinfection-compliance", async (int? weeks, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDisinfectionCompliance(weeks), ct)))
            .WithSummary("常消毒达标率趋势 · Disinfection compliance per week over the caller's sites");
        api.MapPost("/sites", async (CreateSite body, IMediator mediator, CancellationToken ct) =>
            {
                var site = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/hygiene/sites/{site.Id}", site);
            })
            .WithSummary("登记场所 · Register a public place");
        api.MapGet("/townships/{townshipId:guid}/sites", async (Guid townshipId, SiteCategory? category, bool? includeRetired, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListSites(townshipId, category, includeRetired ?? false), ct)))
            .WithSummary("乡镇场所列表 · A township's public places with their latest facility check");
        api.MapGet("/townships/{townshipId:guid}/sites/search", async (
                    Guid townshipId, SiteCategory? category, string? search, bool? includeRetired, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchSites(townshipId, category, search, includeRetired ?? false, page, pageSize), ct)))
            .WithSummary("查找场所（分页）· A township's sites by category and name or address, a page at a time");
        api.MapGet("/sites/{siteId:guid}", async (Guid siteId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSite(siteId), ct)))
            .WithSummary("场所详情 · One public place with its latest facility check");
        api.MapPut("/sites/{siteId:guid}", async (Guid siteId, SiteChangeBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateSite(siteId, body.VillageId, body.Name, body.Address, body.ResponsibleUnitId, body.Version), ct)))
            .WithSummary("修改场所 · Correct a site's name, address, village or unit (category is fixed)");
        api.MapPost("/sites/{siteId:guid}/retire", async (Guid siteId, RetireBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RetireSite(siteId, body.RetiredOn, body.Reason, body.Version), ct)))
            .WithSummary("注销场所 · Retire a site that closed; it drops out of checks and score from that day");
        api.MapGet("/sites/{siteId:guid}/facility-checks", async (Guid siteId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListFacilityChecks(siteId, from, to), ct)))
            .WithSummary("洗手设施检查记录 · A site's facility checks in a period (default: the last 30 days)");
        api.MapGet("/sites/{siteId:guid}/disinfections", async (Guid siteId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDisinfections(siteId, from, to), ct)))
            .WithSummary("消毒记录 · A site's disinfection log in a period (default: the last 30 days)");
        api.MapPost("/sites/{siteId:guid}/facility-checks", async (Guid siteId, FacilityCheckBody body, IMediator mediator, CancellationToken ct) =>
            {
                var check = await mediator.Send(new RecordFacilityCheck(siteId, body.CheckedOn, body.Checker, body.Total, body.Working, body.SoapPresent), ct);
                return TypedResults.Created($"/api/hygiene/sites/{siteId}/facility-checks/{check.Id}", check);
            })
            .WithSummary("登记洗手设施检查 · Record a check of a site's handwashing facilities");
        api.MapPost("/sites/{siteId:guid}/disinfections", async (Guid siteId, DisinfectionBody body, IMediator mediator, CancellationToken ct) =>
            {
                var entry = await mediator.Send(new LogDisinfection(siteId, body.At, body.AreaSquareMetres, body.Disinfectant, body.Operator), ct);
                return TypedResults.Created($"/api/hygiene/sites/{siteId}/disinfections/{entry.Id}", entry);
            })
            .WithSummary("登记消毒记录 · Log a disinfection of a site");
    }
}
