using System.Reflection;
using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// A module keeps one set of migrations per provider beside its context, in <c>…Migrations.Sqlite</c> and
/// <c>…Migrations.Postgres</c>: the two models differ (table prefixes against schemas, instants as ticks against
/// timestamptz), so one set cannot serve both. EF Core's own lookup takes every migration of the context in its
/// assembly; this one takes those of the provider in use, and that provider's model snapshot.
/// </summary>
internal sealed class ProviderMigrationsAssembly(ICurrentDbContext current, IMigrationsIdGenerator ids) : IMigrationsAssembly
{
    private SortedDictionary<string, TypeInfo>? _migrations;

    public Assembly Assembly => current.Context.GetType().Assembly;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= MigrationsOf(current.Context.GetType(), current.Context.Database.ProviderName);

    /// <summary>The schema migrations a context has for a provider, by id in the order they run; found without building its model.</summary>
    public static SortedDictionary<string, TypeInfo> MigrationsOf(Type contextType, string? providerName) => new(
        OfProvider(contextType, providerName, typeof(Migration))
            .Select(t => (Id: t.GetCustomAttribute<MigrationAttribute>()?.Id, Type: t))
            .Where(m => m.Id is not null)
            .ToDictionary(m => m.Id!, m => m.Type),
        StringComparer.Ordinal);

    public ModelSnapshot? ModelSnapshot => OfProvider(current.Context.GetType(), current.Context.Database.ProviderName, typeof(ModelSnapshot))
        .Select(t => (ModelSnapshot?)Activator.CreateInstance(t.AsType()))
        .SingleOrDefault();

    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(ids.IsValidId(nameOrId)
        ? id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
        : id => string.Equals(ids.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    /// <summary>The folder (and namespace) a provider's migrations are kept in.</summary>
    public static string FolderOf(string? providerName) =>
        providerName == ModuleDbContext.SqliteProviderName ? "Sqlite" : "Postgres";

    private static IEnumerable<TypeInfo> OfProvider(Type contextType, string? providerName, Type baseType)
    {
        var suffix = ".Migrations." + FolderOf(providerName);
        return contextType.Assembly.DefinedTypes.Where(t => t.IsSubclassOf(baseType) && !t.IsAbstract
            && t.Namespace?.EndsWith(suffix, StringComparison.Ordinal) == true
            && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType);
    }
}
