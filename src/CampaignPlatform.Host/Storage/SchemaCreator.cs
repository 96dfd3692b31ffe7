using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// Creates each module's tables at start-up. Several DbContexts share one database, so EnsureCreated (which
/// does nothing once the database exists) cannot be used: each module's tables are looked for and created
/// when absent; tables and indexes a newer version added are created beside the existing ones (<see cref="MissingTables"/>,
/// <see cref="MissingIndexes"/>).
/// Start-up runs this under <see cref="StartupLock"/>, so hosts starting together do it one at a time.
/// </summary>
public static class SchemaCreator
{
    public static async Task CreateModuleTablesAsync(IServiceProvider services, ILogger logger, CancellationToken ct)
    {
        var storage = services.GetRequiredService<PlatformStorage>();
        var stores = await OpenStoresAsync(services, storage.ContextTypes, ct);
        try
        {
            await EnsureDatabaseAsync(storage, stores[0].Context, ct);
            var existing = await ExistingSchemaAsync(stores[0].Context, ct);
            foreach (var store in stores)
            {
                await CreateMissingTablesAsync(store.Context, existing.Tables, logger, ct);
                await MissingIndexes.AddAsync(store.Context, existing, logger, ct);
            }
        }
        finally
        {
            foreach (var store in stores)
            {
                store.Scope.Dispose();
            }
        }
    }

    /// <summary>
    /// Every module's context with its EF model built. Building a model is the costly part of a start on existing data
    /// and each is independent of the others, so they are built side by side.
    /// </summary>
    private static async Task<IReadOnlyList<(IServiceScope Scope, ModuleDbContext Context)>> OpenStoresAsync(
        IServiceProvider services, IReadOnlyList<Type> contextTypes, CancellationToken ct) =>
        await Task.WhenAll(contextTypes.Select(type => Task.Run(() =>
        {
            var scope = services.CreateScope();
            var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(type);
            _ = context.Model;
            return (scope, context);
        }, ct)));

    /// <summary>Every module shares one database: made once, and on SQLite switched to WAL once (the mode is kept in the file).</summary>
    private static async Task EnsureDatabaseAsync(PlatformStorage storage, ModuleDbContext context, CancellationToken ct)
    {
        if (storage.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(storage.Settings.DataDirectory);
        }

        var creator = context.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            await creator.CreateAsync(ct);
        }

        if (storage.Provider == DatabaseProvider.Sqlite)
        {
            // Readers never wait for the writer; a crash never leaves a half-written page.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    private static async Task CreateMissingTablesAsync(ModuleDbContext context, HashSet<(string? Schema, string Name)> existing, ILogger logger, CancellationToken ct)
    {
        var sqlite = context.Database.ProviderName == ModuleDbContext.SqliteProviderName;
        var tables = context.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .Select(e => (Schema: sqlite ? null : e.GetSchema() ?? "public", Table: e.GetTableName()!))
            .Distinct()
            .ToList();
        var missing = tables.Where(t => !existing.Contains(t)).Select(t => t.Table).ToList();
        if (missing.Count == tables.Count)
        {
            await context.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(ct);
            logger.LogInformation("Created the tables of {Context} ({Count})", context.GetType().Name, tables.Count);
        }
        else if (missing.Count > 0)
        {
            await MissingTables.AddAsync(context, missing, ct);
            logger.LogInformation("Added the tables {Tables} of {Context}, new since the data was created", string.Join(", ", missing), context.GetType().Name);
        }
    }

    /// <summary>
    /// One look at the database's catalogue for every table and index of every module, instead of one query per table.
    /// Index names are unique per schema on PostgreSQL and per file on SQLite (schema null), as are table names.
    /// </summary>
    private static async Task<ExistingSchema> ExistingSchemaAsync(ModuleDbContext context, CancellationToken ct)
    {
        var sqlite = context.Database.ProviderName == ModuleDbContext.SqliteProviderName;
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sqlite
                ? "SELECT NULL, name, type = 'index' FROM sqlite_master WHERE type IN ('table', 'index')"
                : """
                  SELECT table_schema, table_name, false FROM information_schema.tables
                  UNION ALL SELECT schemaname, indexname, true FROM pg_indexes
                  """;
            var existing = new ExistingSchema([], []);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var name = (reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1));
                (reader.GetBoolean(2) ? existing.Indexes : existing.Tables).Add(name);
            }

            return existing;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>The tables and indexes the database holds before start-up adds what is missing: (schema, name) each.</summary>
internal sealed record ExistingSchema(HashSet<(string? Schema, string Name)> Tables, HashSet<(string? Schema, string Name)> Indexes);
