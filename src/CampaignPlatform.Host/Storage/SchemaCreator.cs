using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// Creates each module's tables at start-up. Several DbContexts share one database, so EnsureCreated (which
/// does nothing once the database exists) cannot be used: each module's tables are looked for and created
/// when absent; tables, columns and indexes a newer version added are created beside the existing ones (<see cref="MissingTables"/>,
/// <see cref="MissingColumns"/>, <see cref="MissingIndexes"/>).
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
                await MissingColumns.AddAsync(store.Context, existing, logger, ct);
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
    /// One look at the database's catalogue for every table, column and index of every module, instead of one query per table.
    /// Index names are unique per schema on PostgreSQL and per file on SQLite (schema null), as are table names. Columns
    /// come from pg_attribute rather than information_schema.columns, whose privilege checks make it the slowest view.
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
                ? """
                  SELECT NULL, name, type = 'index', NULL FROM sqlite_master WHERE type IN ('table', 'index')
                  UNION ALL SELECT NULL, m.name, 0, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'
                  """
                : """
                  SELECT table_schema::text, table_name::text, false, NULL::text FROM information_schema.tables
                  UNION ALL SELECT schemaname::text, indexname::text, true, NULL FROM pg_indexes
                  UNION ALL SELECT n.nspname::text, t.relname::text, false, a.attname::text
                  FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                  WHERE t.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
                  """;
            var existing = new ExistingSchema([], [], []);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var name = (reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1));
                if (!reader.IsDBNull(3))
                {
                    existing.Columns.Add((name.Item1, name.Item2, reader.GetString(3)));
                }
                else
                {
                    (reader.GetBoolean(2) ? existing.Indexes : existing.Tables).Add(name);
                }
            }

            return existing;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>The tables and indexes the database holds before start-up adds what is missing: (schema, name) each; columns (schema, table, name).</summary>
internal sealed record ExistingSchema(
    HashSet<(string? Schema, string Name)> Tables, HashSet<(string? Schema, string Name)> Indexes, HashSet<(string? Schema, string Table, string Name)> Columns);
