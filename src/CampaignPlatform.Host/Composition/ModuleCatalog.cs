using System.Reflection;
using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Host.Composition;

/// <summary>The modules this host found at start-up, in dependency order (a module after those it depends on).</summary>
public sealed class ModuleCatalog : IModuleCatalog
{
    private readonly Dictionary<string, LoadedModule> _byId;
    private readonly Dictionary<Assembly, LoadedModule> _byAssembly;

    public ModuleCatalog(IReadOnlyList<LoadedModule> modulesInDependencyOrder, IReadOnlyList<RefusedPlugin>? refusedPlugins = null)
    {
        Loaded = modulesInDependencyOrder;
        RefusedPlugins = refusedPlugins ?? [];
        _byId = modulesInDependencyOrder.ToDictionary(m => m.Manifest.Id, StringComparer.Ordinal);
        _byAssembly = modulesInDependencyOrder.GroupBy(m => m.Assembly).ToDictionary(g => g.Key, g => g.First());
        Modules = modulesInDependencyOrder.Select(m => m.Manifest).ToList();
        Checks = modulesInDependencyOrder
            .SelectMany(m => m.Module.RecurringChecks.Select(c => new DeclaredCheck(m.Manifest, c)))
            .ToList();
    }

    public IReadOnlyList<LoadedModule> Loaded { get; }

    public IReadOnlyList<ModuleManifest> Modules { get; }

    /// <summary>Plugin folders found but not loaded, each with its reason; logged at start-up and reported by <c>/health</c>.</summary>
    public IReadOnlyList<RefusedPlugin> RefusedPlugins { get; }

    public IReadOnlyList<DeclaredCheck> Checks { get; }

    public IEnumerable<Assembly> Assemblies => Loaded.Select(m => m.Assembly).Distinct();

    public ModuleManifest? Find(string moduleId) => _byId.TryGetValue(moduleId, out var m) ? m.Manifest : null;

    public ModuleManifest? FindByAssembly(Assembly assembly) => _byAssembly.TryGetValue(assembly, out var m) ? m.Manifest : null;
}
