using CampaignPlatform.Kernel.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Kernel.Modules;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The host's storage, as a module sees it: which provider is in use, and how to register the module's own
/// DbContext against it. A module never opens another module's tables. The host also registers the framework's
/// <c>System.Data.Common.DbDataSource</c> of plain connections to the platform's database, for a module's look at its own
/// tables on a path that must stay cheap: using its context, even for its connection, builds the context's EF model.
/// </summary>
public interface IModuleStorage
{
    DatabaseProvider Provider { get; }

    /// <summary>Registers <typeparamref name="TContext"/> on the platform database; the host creates its tables at start-up.</summary>
    void AddDbContext<TContext>(IServiceCollection services) where TContext : ModuleDbContext;
}
