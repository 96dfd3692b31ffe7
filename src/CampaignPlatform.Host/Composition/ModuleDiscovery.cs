using System.Reflection;
using CampaignPlatform.Kernel.Modules;
using Microsoft.Extensions.DependencyModel;

namespace CampaignPlatform.Host.Composition;

/// <summary>
/// Finds modules: every assembly of the application that references the kernel, and every plugin in
/// <c>plugins/{module-id}/</c> beside the host. Adding a module never edits the host.
/// </summary>
public static class ModuleDiscovery
{
    private static readonly string KernelName = typeof(IModule).Assembly.GetName().Name!;

    public static ModuleCatalog Discover(IConfiguration configuration, string contentRoot)
    {
        var pluginsDirectory = configuration["Modules:PluginsDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : Path.Combine(AppContext.BaseDirectory, "plugins");

        var found = new List<LoadedModule>();
        var refused = new List<RefusedPlugin>();
        found.AddRange(FindIn(ReferencedModuleAssemblies(), "referenced"));
        foreach (var plugin in PluginLoader.LoadPlugins(pluginsDirectory))
        {
            var (modules, refusal) = plugin.Refused is { } early ? ([], early) : ModulesOfPlugin(plugin.Assembly!, plugin.Folder);
            found.AddRange(modules);
            if (refusal is not null)
            {
                refused.Add(refusal);
            }
        }

        return ModuleGraph.Order(found, refused);
    }

    /// <summary>
    /// A plugin's modules, or why it has none that can run here: a library the host cannot give it, a module whose
    /// constructor fails. Such a plugin is refused and the host starts without it.
    /// </summary>
    private static (IReadOnlyList<LoadedModule> Modules, RefusedPlugin? Refused) ModulesOfPlugin(Assembly assembly, string folder)
    {
        try
        {
            var modules = FindIn([assembly], $"plugin {folder}").Select(m => m with { PluginFolder = folder }).ToList();
            return modules.Count > 0
                ? (modules, null)
                : ([], new RefusedPlugin(folder, $"{assembly.GetName().Name} holds no public {nameof(IModule)} with a parameterless constructor"));
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or FileLoadException or FileNotFoundException or TypeLoadException
                                       or TargetInvocationException)
        {
            var cause = ex switch
            {
                ReflectionTypeLoadException load => load.LoaderExceptions.FirstOrDefault(e => e is not null) ?? ex,
                TargetInvocationException { InnerException: { } inner } => inner,
                _ => ex,
            };
            return ([], new RefusedPlugin(folder, $"its module cannot load on this host ({cause.Message})"));
        }
    }

    /// <summary>Module instances in the given assemblies: public, concrete, with a parameterless constructor.</summary>
    public static IEnumerable<LoadedModule> FindIn(IEnumerable<Assembly> assemblies, string source) =>
        from assembly in assemblies
        from type in assembly.GetExportedTypes()
        where typeof(IModule).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false }
              && type.GetConstructor(Type.EmptyTypes) is not null
        select new LoadedModule((IModule)Activator.CreateInstance(type)!, assembly, source);

    private static IEnumerable<Assembly> ReferencedModuleAssemblies()
    {
        var context = DependencyContext.Default;
        if (context is null)
        {
            yield break;
        }

        foreach (var library in context.RuntimeLibraries)
        {
            if (library.Dependencies.Any(d => d.Name == KernelName))
            {
                Assembly assembly;
                try
                {
                    assembly = Assembly.Load(new AssemblyName(library.Name));
                }
                catch (FileNotFoundException)
                {
                    continue; // a package that names the kernel but ships no assembly of that name
                }

                yield return assembly;
            }
        }
    }
}
