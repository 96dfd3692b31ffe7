using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Host.Composition;

/// <summary>Checks that the found modules can work together and orders them so each comes after its dependencies.</summary>
public static class ModuleGraph
{
    public static ModuleCatalog Order(IEnumerable<LoadedModule> found)
    {
        var modules = found.ToList();
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

        return new ModuleCatalog(ordered);
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
