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
        found.AddRange(FindIn(ReferencedModuleAssemblies(), "referenced"));
        foreach (var (assembly, folder) in PluginLoader.LoadPlugins(pluginsDirectory))
        {
            found.AddRange(FindIn([assembly], $"plugin {folder}"));
        }

        return ModuleGraph.Order(found);
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
