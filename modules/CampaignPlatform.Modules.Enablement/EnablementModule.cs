using System.Text.Json.Serialization.Metadata;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enablement.Catalogue;
using CampaignPlatform.Modules.Enablement.Data;
using CampaignPlatform.Modules.Enablement.DemoCity;
using CampaignPlatform.Modules.Enablement.Enforcement;
using CampaignPlatform.Modules.Enablement.Switching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.Enablement;

/// <summary>
/// Which module is on in which township: stored, audited, switched by administrators at run time, and enforced
/// for every township-scoped command by <see cref="ModuleEnablementBehavior{TRequest,TResponse}"/>.
/// </summary>
public sealed class EnablementModule : IModule
{
    public const string Id = "modules";

    public ModuleManifest Manifest { get; } = new(
        Id, "模块启用", "Module enablement", "1.0.0",
        "Switches campaign modules on and off per township, keeps the history, and refuses work for modules that are off.",
        DependsOn: ["org"], IsCore: true);

    public IJsonTypeInfoResolver? JsonContext => EnablementJson.Default;

    public void ConfigureServices(IServiceCollection services, IModuleStorage storage)
    {
        storage.AddDbContext<EnablementDbContext>(services);
        services.AddOptions<EnablementOptions>().BindConfiguration(EnablementOptions.Section);
        services.AddSingleton<EnablementCache>();
        services.AddScoped<IModuleInitializer, DemoCityEnablementSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => CatalogueEndpoints.Map(api);

    public void MapSharedEndpoints(IEndpointRouteBuilder root) => SwitchingEndpoints.Map(root);

    public IEnumerable<ModulePage> Pages { get; } = [ModulePage.For<SetModuleEnabled>("/modules", "模块启用", "Module switches")];
}
