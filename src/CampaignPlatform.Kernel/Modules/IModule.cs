using System.Text.Json.Serialization.Metadata;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Kernel.Modules;

/// <summary>
/// A campaign module. The host finds every public, non-abstract implementation with a parameterless
/// constructor in the assemblies it references and in its plugins folder; nothing lists modules by hand.
/// Handlers, validators and behaviours in the module's assembly are registered by the host's scan;
/// <see cref="ConfigureServices"/> adds what a scan cannot know (the DbContext, options, services).
/// </summary>
public interface IModule
{
    ModuleManifest Manifest { get; }

    void ConfigureServices(IServiceCollection services, IModuleStorage storage);

    /// <summary>
    /// The module's source-generated JSON context for what its endpoints read and write. The host puts it ahead of the
    /// reflection resolver, so those contracts are generated at build time instead of made at start-up.
    /// </summary>
    IJsonTypeInfoResolver? JsonContext => null;

    /// <summary>Maps the module's endpoints; <paramref name="api"/> is already the group <c>/api/{id}</c>.</summary>
    void MapEndpoints(IEndpointRouteBuilder api);

    /// <summary>
    /// Endpoints that belong to this module but read better outside its prefix, mapped on <c>/api</c>
    /// (e.g. <c>/api/townships/{id}/modules</c>). Most modules have none.
    /// </summary>
    void MapSharedEndpoints(IEndpointRouteBuilder root)
    {
    }

    /// <summary>
    /// Endpoints that by outside convention live outside <c>/api</c>, mapped on the application root
    /// (e.g. Open311 GeoReport v2 at <c>/open311/v2</c>). Most modules have none.
    /// </summary>
    void MapRootEndpoints(IEndpointRouteBuilder app)
    {
    }

    /// <summary>The recurring checks this module declares; the host schedules them with Hangfire.</summary>
    IEnumerable<RecurringCheck> RecurringChecks => [];

    /// <summary>
    /// The module's entries in the web UI's menu. The pages are Razor Pages in the module's own assembly (a module
    /// project on <c>Microsoft.NET.Sdk.Razor</c>); the host serves every module's pages and shows an entry only to the
    /// roles it names and, for people of one township, only where the module is on.
    /// </summary>
    IEnumerable<ModulePage> Pages => [];

    /// <summary>
    /// The module's panels on the home page (the dashboard): view components in the module's own assembly, each shown to
    /// the roles of the request it is built on and, for people of one township, only where the module is on.
    /// </summary>
    IEnumerable<DashboardPanel> DashboardPanels => [];
}
