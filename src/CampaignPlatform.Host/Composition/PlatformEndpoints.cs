using System.Text.Json;
using CampaignPlatform.Host.Access;
using CampaignPlatform.Host.Scheduling;
using CampaignPlatform.Host.Storage;
using CampaignPlatform.Host.Web;
using CampaignPlatform.Kernel.Access;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace CampaignPlatform.Host.Composition;

/// <summary>The HTTP surface: error handling, the web UI, API reference, dashboard, health, and every module's endpoints.</summary>
public static class PlatformEndpoints
{
    /// <summary>
    /// Maps everything and builds the API's endpoints once (<see cref="BuildOnce"/>). The pages are mapped last: mapping
    /// them waits for their discovery, which runs on another thread from the moment the host is built
    /// (<see cref="WebUi.DiscoverPagesAsync"/>), so the API is mapped and built meanwhile instead of waiting behind it.
    /// </summary>
    public static WebApplication MapCampaignPlatform(this WebApplication app)
    {
        // Failures of the API leave as problem details (ProblemDetailsExceptionHandler); those of a page request are
        // shown the web UI's error page in the layout, with the same status.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = WebUi.ErrorPath, AllowStatusCode404Response = true });
        app.UseStatusCodePages(); // bodiless 401/403/404/405 answers become problem details too…
        app.UseWhen(context => WebUi.IsPageRequest(context.Request), page => page.UseStatusCodePagesWithReExecute(WebUi.ErrorPath, "?status={0}")); // …or, for a page, the error page
        app.UseWebUiAssets();
        app.UseRouting(); // after the error handling, so that the error page re-executed for a page request finds its endpoint
        app.UseAuthentication();
        app.UseMiddleware<AccountCheck>();

        // The dashboard is middleware, not an endpoint: its own filter decides, before the endpoints' authorization.
        var development = app.Environment.IsDevelopment();
        UseDashboardOnceStorageIsPrepared(app, new DashboardOptions
        {
            Authorization = [new DashboardAccessFilter(development)],
            DashboardTitle = "CampaignPlatform 定时检查",
        });

        app.UseAuthorization();
        app.UseMiddleware<AuditMiddleware>();

        // The API description and its reference page are open while developing, for administrators elsewhere.
        var openApi = app.MapOpenApi();
        var reference = app.MapScalarApiReference("/api-reference", options => options.WithTitle("CampaignPlatform API"));
        if (development)
        {
            openApi.AllowAnonymous();
            reference.AllowAnonymous();
        }
        else
        {
            openApi.RequireAuthorization(AccessPolicies.CityAdministrator);
            reference.RequireAuthorization(AccessPolicies.CityAdministrator);
        }

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapBackups();

        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        var api = app.MapGroup("/api");
        foreach (var module in catalog.Loaded)
        {
            // Each module's group hangs off the app itself, not off `api`: that makes it a source of its own, which
            // BuildOnce builds beside the others.
            var group = app.MapGroup($"/api/{module.Manifest.Id}").WithTags(module.Manifest.NameEn);
            module.Module.MapEndpoints(group);
            module.Module.MapSharedEndpoints(api);
            module.Module.MapRootEndpoints(app);
        }

        BuildOnce(app);
        app.MapWebUi();
        return app;
    }

    /// <summary>
    /// Builds every mapped endpoint once. Minimal-API data sources build their endpoints anew whenever asked (routing's
    /// matcher and the authorization policies' cache each ask, before the first request is answered), and a build
    /// compiles the request delegates and makes the JSON contract of every request and answer type: once the API is mapped
    /// they can change no more, so each is built here once and kept. Razor Pages' source, mapped after, keeps its own.
    /// The sources are built side by side: the JSON contracts dominate, each source's are its own, and the serializer's
    /// caches are safe to share.
    /// </summary>
    internal static void BuildOnce(IEndpointRouteBuilder app)
    {
        var sources = app.DataSources.ToArray();
        var built = new EndpointDataSource[sources.Length];
        Parallel.For(0, sources.Length, i => built[i] = IsMinimalApi(sources[i]) ? new BuiltEndpoints(sources[i]) : sources[i]);
        app.DataSources.Clear();
        foreach (var source in built)
        {
            app.DataSources.Add(source);
        }
    }

    /// <summary>
    /// Hangfire's dashboard takes its storage from the container when it is added, and making the storage prepares its
    /// schema. Mapping runs beside the storage's preparation (Program), which makes it under the start-up lock that keeps
    /// two hosts from preparing one PostgreSQL database at once; so the dashboard is added to a branch made only when the
    /// request pipeline is built, once the host starts, after the preparation.
    /// </summary>
    private static void UseDashboardOnceStorageIsPrepared(WebApplication app, DashboardOptions options) =>
        app.Use(next =>
        {
            var dashboard = ((IApplicationBuilder)app).New();
            dashboard.UseHangfireDashboard("/hangfire", options);
            dashboard.Run(next);
            return dashboard.Build();
        });

    private static bool IsMinimalApi(EndpointDataSource source) =>
        source.GetType().Name is "RouteEndpointDataSource" or "GroupEndpointDataSource";

    /// <summary>
    /// <c>{"status": …, "checks": {name: {"status": …, "description": …}}}</c>, written straight to the body: the
    /// serializer's default options would be a second set, made and compiled on the first request to the health probe.
    /// City administrators also get each module's migrations (<c>"migrations": {module: {"applied": […], "pending": […],
    /// "unknown": […]}}</c>); the probe's anonymous callers see only the description.
    /// </summary>
    private static async Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        var detailed = (await authorization.AuthorizeAsync(context.User, AccessPolicies.CityAdministrator)).Succeeded;
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            if (detailed && entry.Data.Values.OfType<MigrationStatus>().Any())
            {
                WriteMigrations(json, entry.Data.Values.OfType<MigrationStatus>());
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMigrations(Utf8JsonWriter json, IEnumerable<MigrationStatus> statuses)
    {
        json.WriteStartObject("migrations");
        foreach (var status in statuses)
        {
            json.WriteStartObject(status.Module);
            foreach (var (list, ids) in new[] { ("applied", status.Applied), ("pending", status.Pending), ("unknown", status.Unknown) })
            {
                json.WriteStartArray(list);
                foreach (var id in ids)
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
