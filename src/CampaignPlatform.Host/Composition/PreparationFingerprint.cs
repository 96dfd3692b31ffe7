using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Host.Composition;

/// <summary>
/// What a preparation of the database depends on, hashed: the provider, the loaded modules, the build of the host, the
/// kernel and every module and initializer assembly (builds are deterministic, so an assembly's MVID is a hash of its
/// content), the initializers themselves and the configuration they say they read. The same fingerprint at the next start
/// means the same code would prepare the same data the same way, so the preparation can be skipped.
/// </summary>
internal static class PreparationFingerprint
{
    public static string Of(IServiceProvider services, IReadOnlyList<IModuleInitializer> initializers)
    {
        var storage = services.GetRequiredService<PlatformStorage>();
        var catalog = services.GetRequiredService<ModuleCatalog>();
        var configuration = services.GetRequiredService<IConfiguration>();
        var text = new StringBuilder();
        text.Append("provider ").AppendLine(storage.Provider.ToString());
        foreach (var module in catalog.Loaded)
        {
            text.Append("module ").Append(module.Manifest.Id).Append(' ').AppendLine(module.Manifest.Version);
        }

        var assemblies = new[] { typeof(PreparationFingerprint).Assembly, typeof(IModule).Assembly }
            .Concat(catalog.Assemblies)
            .Concat(storage.ContextTypes.Select(t => t.Assembly))
            .Concat(initializers.Select(i => i.GetType().Assembly))
            .Distinct();
        foreach (var assembly in assemblies)
        {
            text.Append("assembly ").Append(assembly.GetName().Name).Append(' ').Append(Mvid(assembly)).AppendLine();
        }

        foreach (var context in storage.ContextTypes)
        {
            text.Append("store ").AppendLine(context.FullName);
        }

        foreach (var initializer in initializers)
        {
            text.Append("initializer ").Append(initializer.GetType().FullName).Append(' ').Append(initializer.Runs).AppendLine();
            foreach (var key in initializer.ReadsConfiguration)
            {
                // Every value under the key (the key's own included); secrets among them are only ever stored hashed.
                var section = configuration.GetSection(key);
                text.Append("configuration ").AppendLine(key);
                foreach (var (path, value) in section.AsEnumerable().OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append("  ").Append(path).Append('=').AppendLine(value);
                }
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static Guid Mvid(Assembly assembly) => assembly.ManifestModule.ModuleVersionId;
}
