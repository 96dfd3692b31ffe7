using System.Reflection;
using System.Runtime.Loader;

namespace CampaignPlatform.Host.Composition;

/// <summary>
/// Loads each <c>plugins/{folder}/</c> in its own load context. Assemblies the host already has (the kernel,
/// MediatR, FluentValidation, ASP.NET Core, EF Core) are shared with the host, so the plugin's types implement
/// the host's interfaces; everything else the plugin carries stays private to it. Plugins load at start-up only.
/// </summary>
public static class PluginLoader
{
    /// <summary>One folder's outcome: its loaded assembly, or why it was refused.</summary>
    public sealed record Outcome(string Folder, Assembly? Assembly, RefusedPlugin? Refused);

    public static IEnumerable<Outcome> LoadPlugins(string pluginsDirectory)
    {
        if (!Directory.Exists(pluginsDirectory))
        {
            yield break;
        }

        foreach (var folder in Directory.GetDirectories(pluginsDirectory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var main = FindMainAssembly(folder);
            if (main is null)
            {
                yield return new Outcome(name, null, new RefusedPlugin(name, "the folder holds no assembly with its .deps.json (copy the plugin's whole build output)"));
                continue;
            }

            var assembly = LoadMainAssembly(main);
            if (assembly is null)
            {
                yield return new Outcome(name, null, new RefusedPlugin(name, $"{Path.GetFileName(main)} is not a .NET assembly"));
                continue;
            }

            // Checked before any of its types load: a kernel of another version would fail there with a far worse message.
            var refusal = KernelCompatibility.Refusal(assembly);
            yield return refusal is null
                ? new Outcome(name, assembly, null)
                : new Outcome(name, null, new RefusedPlugin(name, refusal));
        }
    }

    private static Assembly? LoadMainAssembly(string path)
    {
        try
        {
            return new PluginLoadContext(path).LoadFromAssemblyPath(path);
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The plugin's own assembly is the one its build described with a <c>.deps.json</c>. A build with <c>-o</c> leaves its
    /// referenced projects there too (the kernel, with its own <c>.deps.json</c>): those the host already has come last,
    /// so the choice does not depend on the order the file system lists the folder in.
    /// </summary>
    private static string? FindMainAssembly(string folder)
    {
        var hostHas = AssemblyLoadContext.Default.Assemblies.Select(a => a.GetName().Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Directory.GetFiles(folder, "*.deps.json")
            .Select(deps => Path.Combine(folder, Path.GetFileName(deps)[..^".deps.json".Length] + ".dll"))
            .Where(File.Exists)
            .OrderBy(dll => hostHas.Contains(Path.GetFileNameWithoutExtension(dll)))
            .ThenBy(dll => dll, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private sealed class PluginLoadContext(string mainAssemblyPath)
        : AssemblyLoadContext(Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // Shared with the host when the host can load it: one copy of the kernel's types for everyone.
            if (IsAvailableInHost(assemblyName))
            {
                return null;
            }

            var path = _resolver.ResolveAssemblyToPath(assemblyName);
            return path is null ? null : LoadFromAssemblyPath(path);
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
        {
            var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
            return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
        }

        private static bool IsAvailableInHost(AssemblyName name)
        {
            try
            {
                Default.LoadFromAssemblyName(name);
                return true;
            }
            catch (FileNotFoundException)
            {
                return false;
            }

            // A FileLoadException (the host has an older version than the plugin was built with) is left to rise:
            // a private newer copy would split the shared types, so discovery refuses the plugin instead.
        }
    }
}
