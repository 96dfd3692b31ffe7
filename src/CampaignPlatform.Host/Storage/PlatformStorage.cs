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
        services.AddDbContext<TContext>(Configure);
    }

    private void Configure(DbContextOptionsBuilder options)
    {
        switch (Settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(Settings.ConnectionString).AddInterceptors(SqliteBusyTimeout.Instance);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(Settings.ConnectionString);
                break;
            default:
                throw new NotSupportedException($"Unknown database provider {Settings.Provider}.");
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
