using CampaignPlatform.Kernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.TestModules.SampleAddon;

/// <summary>A test-only module that depends on the sample module, for the enablement dependency rules.</summary>
public sealed class SampleAddonModule : IModule
{
    public ModuleManifest Manifest { get; } = new("sample-addon", "示例扩展", "Sample add-on", "1.0.0", "Test-only module depending on 'sample'.", ["sample"]);

    public void ConfigureServices(IServiceCollection services, IModuleStorage storage)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
