using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// Gives each module its own DbContext on the platform database and remembers them, so that start-up can
/// apply every module's migrations.
/// </summary>
public sealed class PlatformStorage(StorageSettings settings) : IModuleStorage
{
    private readonly List<Type> _contextTypes = [];

    public StorageSettings Settings { get; } = settings;

    public DatabaseProvider Provider => Settings.Provider;

    public IReadOnlyList<Type> ContextTypes => _contextTypes;

    public static PlatformStorage Register(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var storage = new PlatformStorage(StorageSettings.From(configuration, contentRoot));
        services.AddSingleton(storage);
        services.AddSingleton(storage.Settings);
        services.AddSingleton<System.Data.Common.DbDataSource>(new PlainDataSource(storage.Settings));
        return storage;
    }

    public void AddDbContext<TContext>(IServiceCollection services) where TContext : ModuleDbContext
    {
        _contextTypes.Add(typeof(TContext));
        services.AddDbContext<TContext>(options => Configure(options, Settings.Provider, Settings.ConnectionString));
    }

    /// <summary>
    /// A context configured as the host configures it for <paramref name="provider"/>, on no database: for reading its
    /// model and migrations (the conformance kit compares the two), never for opening.
    /// </summary>
    public static ModuleDbContext CreateDetached(Type contextType, DatabaseProvider provider) =>
        CreateOutsideHost(contextType, provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=unused");

    /// <summary>A context configured as the host configures it, made without a host: for tools and tests.</summary>
    public static ModuleDbContext CreateOutsideHost(Type contextType, DatabaseProvider provider, string connectionString)
    {
        var options = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        Configure(options, provider, connectionString);
        return (ModuleDbContext)Activator.CreateInstance(contextType, options.Options)!;
    }

    private static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString).AddInterceptors(SqliteBusyTimeout.Instance);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString);
                break;
            default:
                throw new NotSupportedException($"Unknown database provider {provider}.");
        }

        // One process could host both providers (tests do); keep their models apart in EF's model cache.
        options.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }

    private sealed class ProviderAwareModelCacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), context.Database.ProviderName, designTime);
    }
}
