using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CampaignPlatform.Kernel.Data;

/// <summary>
/// Base of every module's DbContext. It keeps each module in its own corner of the database:
/// a table prefix <c>{module}_</c> on SQLite, a schema <c>{module}</c> on PostgreSQL. Every module's store has an
/// outbox of its own (<see cref="OutboxMessage"/>), created with its tables, and a history of its own migrations
/// (<see cref="MigrationsHistoryTable"/>), so each module's schema moves on by itself.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, string storageName) : DbContext(options)
{
    public const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    public string StorageName { get; } = storageName;

    protected bool IsSqlite => Database.ProviderName == SqliteProviderName;

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>The module's migrations history: <c>{module}_migrations</c> on SQLite, <c>{module}.migrations</c> on PostgreSQL.</summary>
    public static (string? Schema, string Table) MigrationsHistoryTable(string storageName, bool sqlite) =>
        sqlite ? (null, storageName + "_migrations") : (storageName, "migrations");

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // The provider is chosen by the host; where the module's history lives follows from the module alone.
        if (optionsBuilder.Options.Extensions.OfType<RelationalOptionsExtension>().SingleOrDefault() is not { } relational)
        {
            return;
        }

        var (schema, table) = MigrationsHistoryTable(StorageName, relational.GetType().Name.StartsWith("Sqlite", StringComparison.Ordinal));
        ((IDbContextOptionsBuilderInfrastructure)optionsBuilder).AddOrUpdateExtension(
            relational.WithMigrationsHistoryTableName(table).WithMigrationsHistoryTableSchema(schema));
    }

    private IDataScope? _scope;

    /// <summary>The current actor's scope, read by the data filters at query time (see <see cref="ScopeFilters"/>).</summary>
    public IDataScope Scope => _scope ??= ResolveOrDefault<IDataScope>() ?? DataScope.Unrestricted;

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    /// <summary>
    /// Adds a durable message to this module's outbox: it is written by the next <c>SaveChanges</c>, in the same
    /// transaction as the change that raised it, and delivered once that is done.
    /// </summary>
    public void Enqueue(IDurableMessage message)
    {
        // The wall clock, not the platform's TimeProvider: delivery times are operational, compared with the dispatcher's clock.
        var row = OutboxMessage.For(message, TimeProvider.System.GetUtcNow());
        Outbox.Add(row);
        ResolveOrDefault<IDurableMessageEnlistment>()?.Enlist(this, row);
    }

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        OutboxMessage.Configure(modelBuilder);
        ScopeFilters.Apply(modelBuilder, this);
        if (!IsSqlite)
        {
            modelBuilder.HasDefaultSchema(StorageName);
            return;
        }

        var prefix = StorageName + "_";
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            // Owned types that share their owner's table follow it; those with their own table get the prefix too.
            if (entity.GetTableName() is { } table && !table.StartsWith(prefix, StringComparison.Ordinal))
            {
                entity.SetTableName(prefix + table);
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.ProviderName != SqliteProviderName)
        {
            // PostgreSQL's timestamptz takes UTC instants only; city-time values (+08:00) are the same instant in UTC.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<ToUtcConverter>();
            return;
        }

        // SQLite cannot compare or order DateTimeOffset or decimal values in SQL. Instants are stored as
        // UTC ticks (ordered integers) and amounts as REAL, so range filters and sorting run in the database.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
        configurationBuilder.Properties<decimal?>().HaveConversion<double>();
    }

    private T? ResolveOrDefault<T>() where T : class
    {
        try
        {
            return this.GetService<T>();
        }
        catch (InvalidOperationException)
        {
            // A context made outside the host (a tool, a test of one module) has no actor (nothing to narrow),
            // and nobody to deliver at once: its messages wait for the dispatcher.
            return null;
        }
    }

    private sealed class ToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        value => value.ToUniversalTime(),
        stored => stored.ToUniversalTime());

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
