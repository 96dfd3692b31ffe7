using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Host.Composition;

/// <summary>Checks that the found modules can work together and orders them so each comes after its dependencies.</summary>
public static class ModuleGraph
{
    public static ModuleCatalog Order(IEnumerable<LoadedModule> found, IEnumerable<RefusedPlugin>? refusedPlugins = null)
    {
        var refused = refusedPlugins?.ToList() ?? [];
        var modules = WithoutUnrunnablePlugins(found.ToList(), refused);
        foreach (var module in modules.Where(m => !ModuleManifest.IsValidId(m.Manifest.Id)))
        {
            throw new ModuleCompositionException(
                $"Module id '{module.Manifest.Id}' ({module.Source}) is not kebab-case (e.g. 'rural-upkeep').");
        }

        foreach (var duplicate in modules.GroupBy(m => m.Manifest.Id).Where(g => g.Count() > 1))
        {
            var where = string.Join(" and ", duplicate.Select(m => $"{m.Module.GetType().FullName} ({m.Source})"));
            throw new ModuleCompositionException($"Two modules have the id '{duplicate.Key}': {where}. Module ids must be unique.");
        }

        // Requests are attributed to their module by assembly, so an assembly holds one module.
        foreach (var shared in modules.GroupBy(m => m.Assembly).Where(g => g.Count() > 1))
        {
            throw new ModuleCompositionException(
                $"Assembly {shared.Key.GetName().Name} holds more than one module ({string.Join(", ", shared.Select(m => m.Manifest.Id))}); put each module in its own project.");
        }

        var byId = modules.ToDictionary(m => m.Manifest.Id);
        foreach (var module in modules)
        {
            foreach (var dependency in module.Manifest.DependsOn.Where(d => !byId.ContainsKey(d)))
            {
                throw new ModuleCompositionException(
                    $"Module '{module.Manifest.Id}' depends on module '{dependency}', which is not installed.");
            }
        }

        var ordered = new List<LoadedModule>();
        var state = new Dictionary<string, bool>(); // false: visiting, true: done
        foreach (var module in modules.OrderBy(m => m.Manifest.IsCore ? 0 : 1).ThenBy(m => m.Manifest.Id, StringComparer.Ordinal))
        {
            Visit(module, byId, state, ordered, []);
        }

        return new ModuleCatalog(ordered, refused);
    }

    /// <summary>
    /// Plugins are dropped in by operators, so one with a bad id, an id already taken or a dependency that is not installed
    /// is refused and the host starts without it (and without the plugins that need it). The same mistake in a module
    /// the host references is a build mistake and stops start-up below.
    /// </summary>
    private static List<LoadedModule> WithoutUnrunnablePlugins(List<LoadedModule> modules, List<RefusedPlugin> refused)
    {
        var kept = new List<LoadedModule>();
        foreach (var module in modules)
        {
            var reason = module.PluginFolder is null ? null
                : !ModuleManifest.IsValidId(module.Manifest.Id) ? $"its module id '{module.Manifest.Id}' is not kebab-case"
                : kept.Concat(modules.Where(m => m.PluginFolder is null)).Any(m => !ReferenceEquals(m, module) && m.Manifest.Id == module.Manifest.Id)
                    ? $"a module with the id '{module.Manifest.Id}' is already installed"
                : null;
            if (reason is null)
            {
                kept.Add(module);
            }
            else
            {
                refused.Add(new RefusedPlugin(module.PluginFolder!, reason));
            }
        }

        // Repeated, because refusing one plugin can leave another without its dependency.
        while (kept.FirstOrDefault(m => m.PluginFolder is not null && m.Manifest.DependsOn.Any(d => kept.All(k => k.Manifest.Id != d))) is { } orphan)
        {
            var missing = orphan.Manifest.DependsOn.First(d => kept.All(k => k.Manifest.Id != d));
            refused.Add(new RefusedPlugin(orphan.PluginFolder!, $"its module '{orphan.Manifest.Id}' depends on module '{missing}', which is not installed"));
            kept.Remove(orphan);
        }

        return kept;
    }

    private static void Visit(
        LoadedModule module,
        Dictionary<string, LoadedModule> byId,
        Dictionary<string, bool> state,
        List<LoadedModule> ordered,
        List<string> path)
    {
        var id = module.Manifest.Id;
        if (state.TryGetValue(id, out var done))
        {
            if (!done)
            {
                throw new ModuleCompositionException(
                    $"Modules depend on each other in a circle: {string.Join(" → ", path.Append(id))}.");
            }

            return;
        }

        state[id] = false;
        path.Add(id);
        foreach (var dependency in module.Manifest.DependsOn)
        {
            Visit(byId[dependency], byId, state, ordered, path);
        }

        path.RemoveAt(path.Count - 1);
        state[id] = true;
        ordered.Add(module);
    }
}
