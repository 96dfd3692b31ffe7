using System.Text.Json.Serialization.Metadata;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Organisation.Data;
using CampaignPlatform.Modules.Organisation.DemoCity;
using CampaignPlatform.Modules.Organisation.Grids;
using CampaignPlatform.Modules.Organisation.Townships;
using CampaignPlatform.Modules.Organisation.Units;
using CampaignPlatform.Modules.Organisation.Villages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.Organisation;

/// <summary>The organisation tree: city → townships → villages and communities → grids, and the responsible units.</summary>
public sealed class OrganisationModule : IModule
{
    public const string Id = "org";

    public ModuleManifest Manifest { get; } = new(
        Id, "组织架构", "Organisation", "1.0.0",
        "Townships, villages and communities, grids, responsible units and who is in charge of each.",
        DependsOn: [], IsCore: true);

    public IJsonTypeInfoResolver? JsonContext => OrganisationJson.Default;

    public void ConfigureServices(IServiceCollection services, IModuleStorage storage)
    {
        storage.AddDbContext<OrgDbContext>(services);
        services.AddOptions<DemoCityOptions>().BindConfiguration(DemoCityOptions.Section);
        services.AddScoped<IModuleInitializer, DemoCitySeeder>();
    }

    public IEnumerable<ModulePage> Pages { get; } = [ModulePage.For<GetTownshipList>("/organisation", "组织架构", "Organisation")];

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        TownshipEndpoints.Map(api);
        VillageEndpoints.Map(api);
        GridEndpoints.Map(api);
        UnitEndpoints.Map(api);
    }
}
