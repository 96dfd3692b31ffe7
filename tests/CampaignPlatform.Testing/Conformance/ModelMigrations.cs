using System.Reflection;
using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Testing.Conformance;

/// <summary>
/// Whether a module's EF model has changes that none of its migrations carries, per provider: the model the host builds
/// against the module's model snapshot of that provider, with no database involved.
/// </summary>
public static class ModelMigrations
{
    public static readonly DatabaseProvider[] Providers = [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    public static IReadOnlyList<Type> ContextsOf(Assembly module) =>
        module.GetTypes().Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(ModuleDbContext))).ToList();

    /// <summary>The contexts of <paramref name="contexts"/> whose model moved on from their migrations, one line each.</summary>
    public static IReadOnlyList<string> Uncarried(IEnumerable<Type> contexts) =>
        contexts.SelectMany(type => Providers.Select(provider => (type, provider)))
            .Where(c => HasPendingChanges(c.type, c.provider))
            .Select(c => $"{c.type.Name} on {c.provider}: the model has changes no migration carries; " +
                         $"add one with ./build/add-migration.sh {c.type.Assembly.GetName().Name!.Split('.')[^1]} <Name>")
            .ToList();

    private static bool HasPendingChanges(Type contextType, DatabaseProvider provider)
    {
        using var context = PlatformStorage.CreateDetached(contextType, provider);
        return context.Database.HasPendingModelChanges();
    }
}
