using System.Reflection;
using CampaignPlatform.Host.Composition;
using CampaignPlatform.Kernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.UnitTests.Host;

public sealed class ModuleGraphTests
{
    // Each fake module pretends to come from its own assembly, as real modules do.
    private static readonly Assembly[] Assemblies =
        [typeof(string).Assembly, typeof(Uri).Assembly, typeof(Enumerable).Assembly, typeof(System.Text.Json.JsonDocument).Assembly, typeof(ModuleGraphTests).Assembly];

    private static LoadedModule Module(int slot, string id, bool core = false, params string[] dependsOn) =>
        new(new FakeModule(new ModuleManifest(id, id, id, "1.0.0", "test", dependsOn, core)), Assemblies[slot], $"slot {slot}");

    [Fact]
    public void Orders_each_module_after_its_dependencies()
    {
        var catalog = ModuleGraph.Order([Module(0, "publicity", false, "rectification"), Module(1, "rectification", true, "org"), Module(2, "org", true)]);
        Assert.Equal(["org", "rectification", "publicity"], catalog.Modules.Select(m => m.Id));
    }

    [Fact]
    public void Missing_dependency_names_both_modules()
    {
        var error = Assert.Throws<ModuleCompositionException>(() => ModuleGraph.Order([Module(0, "hygiene", false, "rectification")]));
        Assert.Contains("'hygiene'", error.Message);
        Assert.Contains("'rectification'", error.Message);
    }

    [Fact]
    public void Two_modules_with_one_id_are_refused_naming_both()
    {
        var error = Assert.Throws<ModuleCompositionException>(() => ModuleGraph.Order([Module(0, "hygiene"), Module(1, "hygiene")]));
        Assert.Contains("'hygiene'", error.Message);
        Assert.Contains("slot 0", error.Message);
        Assert.Contains("slot 1", error.Message);
    }

    [Fact]
    public void A_cycle_is_refused()
    {
        var error = Assert.Throws<ModuleCompositionException>(() => ModuleGraph.Order([Module(0, "a", false, "b"), Module(1, "b", false, "a")]));
        Assert.Contains("circle", error.Message);
    }

    [Fact]
    public void An_id_that_is_not_kebab_case_is_refused()
    {
        Assert.Throws<ModuleCompositionException>(() => ModuleGraph.Order([Module(0, "Rural_Upkeep")]));
    }

    [Fact]
    public void Two_modules_in_one_assembly_are_refused()
    {
        var error = Assert.Throws<ModuleCompositionException>(() => ModuleGraph.Order([Module(0, "a"), Module(0, "b")]));
        Assert.Contains("more than one module", error.Message);
    }

    [Fact]
    public void Catalog_finds_modules_by_id_and_assembly_and_lists_their_checks()
    {
        var catalog = ModuleGraph.Order([Module(0, "org", true), Module(1, "hygiene", false, "org")]);
        Assert.Equal("hygiene", catalog.Find("hygiene")?.Id);
        Assert.Null(catalog.Find("nothing"));
        Assert.Equal("hygiene", catalog.FindByAssembly(Assemblies[1])?.Id);
        Assert.Null(catalog.FindByAssembly(Assemblies[4]));
    }

    [Fact]
    public void A_plugin_that_cannot_run_is_refused_and_the_rest_start()
    {
        var catalog = ModuleGraph.Order(
        [
            Module(0, "org", true),
            Plugin(1, "hygiene", "org"),
            Plugin(2, "org"),
            Plugin(3, "awards", "missing"),
            Plugin(4, "award-reviews", "awards"),
        ]);

        Assert.Equal(["org", "hygiene"], catalog.Modules.Select(m => m.Id));
        Assert.Collection(catalog.RefusedPlugins,
            r => Assert.Equal(("org", "a module with the id 'org' is already installed"), (r.Folder, r.Reason)),
            r => Assert.Equal(("awards", "its module 'awards' depends on module 'missing', which is not installed"), (r.Folder, r.Reason)),
            r => Assert.Equal(("award-reviews", "its module 'award-reviews' depends on module 'awards', which is not installed"), (r.Folder, r.Reason)));
    }

    [Fact]
    public void A_referenced_module_with_a_missing_dependency_still_stops_start_up()
    {
        Assert.Throws<ModuleCompositionException>(() => ModuleGraph.Order([Plugin(1, "hygiene"), Module(0, "awards", false, "missing")]));
    }

    private static LoadedModule Plugin(int slot, string id, params string[] dependsOn) =>
        Module(slot, id, false, dependsOn) with { PluginFolder = id };

    private sealed class FakeModule(ModuleManifest manifest) : IModule
    {
        public ModuleManifest Manifest { get; } = manifest;

        public void ConfigureServices(IServiceCollection services, IModuleStorage storage)
        {
        }

        public void MapEndpoints(IEndpointRouteBuilder api)
        {
        }
    }
}
