using CampaignPlatform.Kernel.Data;

namespace CampaignPlatform.Kernel.Modules;

/// <summary>
/// A change to a module's rows rather than its tables (a summary made from existing rows, values moved by a rule EF
/// Core's operations cannot state): one step of the module's migrations. The host runs it once, in id order among the
/// module's schema migrations, in a transaction on the module's context, and records it in the module's migrations
/// history like any other. Register with <c>services.AddScoped&lt;IDataMigration, …&gt;()</c>.
/// </summary>
public interface IDataMigration
{
    /// <summary>
    /// <c>yyyyMMddHHmmss_Name</c>, as a schema migration's id: the step runs after the schema migrations with lower ids
    /// (those that made the tables it reads) and before those with higher ones.
    /// </summary>
    string Id { get; }

    /// <summary>The module's context whose history records it and whose transaction it runs in.</summary>
    Type Store { get; }

    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>A data migration on <typeparamref name="TContext"/>, the context it is given.</summary>
public abstract class DataMigration<TContext>(TContext db) : IDataMigration where TContext : ModuleDbContext
{
    public abstract string Id { get; }

    public Type Store => typeof(TContext);

    protected TContext Db { get; } = db;

    public abstract Task RunAsync(CancellationToken cancellationToken);
}
