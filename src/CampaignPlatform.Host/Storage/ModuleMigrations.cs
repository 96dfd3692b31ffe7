using System.Data.Common;
using CampaignPlatform.Host.Composition;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// Brings every module's tables to its latest migration at start-up, under the <see cref="StartupLock"/>, module by
/// module in dependency order (the host's own tables first). Each step — a schema migration of the module's provider
/// (<see cref="ProviderMigrationsAssembly"/>) or an <see cref="IDataMigration"/> — runs in a transaction of its own and
/// is recorded in the module's history, so a step that fails leaves the database as it was before it and stops the start.
/// </summary>
public static class ModuleMigrations
{
    /// <summary>What the history records as the product version of a data migration.</summary>
    public const string DataMigrationVersion = "data";

    /// <summary>What the history records as the product version of a baseline found already in place.</summary>
    public const string AdoptedVersion = "adopted";

    public static async Task ApplyAsync(IServiceProvider services, ILogger logger, CancellationToken ct)
    {
        var storage = services.GetRequiredService<PlatformStorage>();
        ExistingSchema? existing = null;
        foreach (var contextType in storage.ContextTypes)
        {
            await using var scope = services.CreateAsyncScope();
            var store = StoreMigrations.Open(scope.ServiceProvider, contextType);
            if (existing is null)
            {
                await EnsureDatabaseAsync(storage, store.Context, ct);
                existing = await ExistingSchema.ReadAsync(store.Context, ct);
            }

            await store.ApplyAsync(existing, logger, ct);
        }
    }

    /// <summary>
    /// Each module's applied and pending migrations: this build's found among its types, the database's read from each
    /// module's history with plain statements, so that asking (the command line, <c>/health</c>) builds no EF model.
    /// </summary>
    public static async Task<IReadOnlyList<MigrationStatus>> StatusAsync(IServiceProvider services, CancellationToken ct)
    {
        var storage = services.GetRequiredService<PlatformStorage>();
        var catalog = services.GetRequiredService<ModuleCatalog>();
        await using var scope = services.CreateAsyncScope();
        var dataSteps = scope.ServiceProvider.GetServices<IDataMigration>().ToLookup(d => d.Store, d => d.Id);
        var providerName = storage.Provider == DatabaseProvider.Sqlite ? ModuleDbContext.SqliteProviderName : "Npgsql.EntityFrameworkCore.PostgreSQL";
        await using var connection = await OpenIfExistsAsync(storage.Settings, ct);
        var statuses = new List<MigrationStatus>();
        foreach (var contextType in storage.ContextTypes)
        {
            var storageName = PlainStatements.StorageNameOf(scope.ServiceProvider, contextType);
            var known = ProviderMigrationsAssembly.MigrationsOf(contextType, providerName).Keys.Concat(dataSteps[contextType])
                .Order(StringComparer.Ordinal).ToList();
            var applied = connection is null ? [] : await AppliedAsync(connection, storage.Provider, storageName, ct);
            statuses.Add(new MigrationStatus(catalog.FindByAssembly(contextType.Assembly)?.Id ?? storageName,
                applied, known.Except(applied).ToList(), applied.Except(known).ToList()));
        }

        return statuses;
    }

    /// <summary>A connection to the platform's database, or null when there is none yet (asking must not make one).</summary>
    private static async Task<DbConnection?> OpenIfExistsAsync(StorageSettings settings, CancellationToken ct)
    {
        if (settings.Provider == DatabaseProvider.Sqlite && !File.Exists(settings.SqlitePath))
        {
            return null;
        }

        try
        {
            return await PlainStatements.OpenAsync(settings, ct);
        }
        catch (Npgsql.PostgresException missing) when (missing.SqlState == Npgsql.PostgresErrorCodes.InvalidCatalogName)
        {
            return null;
        }
    }

    private static async Task<IReadOnlyList<string>> AppliedAsync(DbConnection connection, DatabaseProvider provider, string storageName, CancellationToken ct)
    {
        var (schema, table) = ModuleDbContext.MigrationsHistoryTable(storageName, provider == DatabaseProvider.Sqlite);
        await using var exists = connection.CreateCommand();
        exists.CommandText = schema is null
            ? $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"
            : $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}' AND table_name = '{table}'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return [];
        }

        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT \"MigrationId\" FROM {(schema is null ? "" : $"\"{schema}\".")}\"{table}\"";
        var applied = new List<string>();
        await using var reader = await read.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            applied.Add(reader.GetString(0));
        }

        return applied.Order(StringComparer.Ordinal).ToList();
    }

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
}

/// <summary>One module's migrations as this build and the database know them.</summary>
/// <param name="Module">The module's id (<c>host</c> for the host's own tables).</param>
/// <param name="Applied">Recorded in the module's history, in order.</param>
/// <param name="Pending">Known to this build and not yet applied, in the order they would run.</param>
/// <param name="Unknown">Recorded but unknown to this build: a newer version upgraded the data.</param>
public sealed record MigrationStatus(string Module, IReadOnlyList<string> Applied, IReadOnlyList<string> Pending, IReadOnlyList<string> Unknown);

/// <summary>A start that cannot bring a module's tables to this build's migrations; the message says which and why.</summary>
public sealed class MigrationException(string message, Exception? inner = null) : Exception(message, inner);

internal sealed class StoreMigrations
{
    private readonly IMigrationsAssembly _assembly;
    private readonly IHistoryRepository _history;
    private readonly Dictionary<string, IDataMigration> _data;

    private StoreMigrations(IServiceProvider services, ModuleDbContext context, string module)
    {
        Context = context;
        Module = module;
        _assembly = context.GetService<IMigrationsAssembly>();
        _history = context.GetService<IHistoryRepository>();
        _data = services.GetServices<IDataMigration>().Where(d => d.Store == context.GetType()).ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public ModuleDbContext Context { get; }

    public string Module { get; }

    private bool IsSqlite => Context.Database.ProviderName == ModuleDbContext.SqliteProviderName;

    public static StoreMigrations Open(IServiceProvider services, Type contextType)
    {
        var context = (ModuleDbContext)services.GetRequiredService(contextType);
        var module = services.GetRequiredService<ModuleCatalog>().FindByAssembly(contextType.Assembly)?.Id ?? context.StorageName;
        return new StoreMigrations(services, context, module);
    }

    /// <summary>Every step this build knows, schema and data, in the order they run.</summary>
    private IEnumerable<string> Steps => _assembly.Migrations.Keys.Concat(_data.Keys).Order(StringComparer.Ordinal);

    public async Task<MigrationStatus> StatusAsync(CancellationToken ct)
    {
        var applied = await AppliedAsync(ct);
        var known = Steps.ToList();
        return new MigrationStatus(Module, applied, known.Except(applied).ToList(), applied.Except(known).ToList());
    }

    public async Task ApplyAsync(ExistingSchema existing, ILogger logger, CancellationToken ct)
    {
        // From the catalogue read before any module migrated, not the history repository's own look, which on PostgreSQL
        // answers for the schema rather than the table.
        var (historySchema, historyTable) = ModuleDbContext.MigrationsHistoryTable(Context.StorageName, IsSqlite);
        if (!existing.Tables.Contains((historySchema, historyTable)) && await AdoptAsync(existing, ct) is { } baseline)
        {
            logger.LogInformation("Module {Module}: its tables were made before it kept a migrations history; {Migration} recorded as applied", Module, baseline);
        }

        var status = await StatusAsync(ct);
        if (status.Unknown.Count > 0)
        {
            throw new MigrationException(
                $"Module {Module}: the database has migration {string.Join(", ", status.Unknown)}, which this version does not know; " +
                $"a newer version of CampaignPlatform upgraded it. Run that version (or restore the backup made before the upgrade).");
        }

        if (status.Pending.Count > 0 && IsSqlite)
        {
            await ReleaseStaleSqliteLockAsync(ct);
        }

        foreach (var step in status.Pending)
        {
            try
            {
                await (_data.TryGetValue(step, out var data) ? RunAsync(data, ct) : Context.GetService<IMigrator>().MigrateAsync(step, ct));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new MigrationException(
                    $"Module {Module}: migration {step} failed and was rolled back; the host does not start until it succeeds. {e.Message}", e);
            }

            logger.LogInformation("Module {Module}: migration {Migration} applied", Module, step);
        }
    }

    private async Task<IReadOnlyList<string>> AppliedAsync(CancellationToken ct) =>
        await _history.ExistsAsync(ct)
            ? (await _history.GetAppliedMigrationsAsync(ct)).Select(r => r.MigrationId).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// Tables made before the module kept a history (by the schema maker of earlier versions) are its baseline: when all
    /// the baseline's tables and columns are there, the baseline is recorded as applied without touching a row. Part of
    /// them means data of a version older still, which this one cannot upgrade: the start stops, naming what is missing.
    /// </summary>
    private async Task<string?> AdoptAsync(ExistingSchema existing, CancellationToken ct)
    {
        if (_assembly.Migrations.Count == 0)
        {
            return null;
        }

        var (baseline, type) = _assembly.Migrations.First();
        var creates = _assembly.CreateMigration(type, Context.Database.ProviderName!).UpOperations.OfType<CreateTableOperation>().ToList();
        var schemaOf = (CreateTableOperation t) => IsSqlite ? null : t.Schema ?? "public";
        if (!creates.Any(t => existing.Tables.Contains((schemaOf(t), t.Name))))
        {
            return null; // new to this database: the baseline makes its tables
        }

        var missing = creates.SelectMany(t => existing.Tables.Contains((schemaOf(t), t.Name))
                ? t.Columns.Where(c => !existing.Columns.Contains((schemaOf(t), t.Name, c.Name))).Select(c => $"{t.Name}.{c.Name}")
                : [t.Name])
            .ToList();
        if (missing.Count > 0)
        {
            throw new MigrationException(
                $"Module {Module}: the database holds some of its tables but lacks {string.Join(", ", missing)}; it was made by a version " +
                "older than the last one without migrations. Start that version on it once, then this one.");
        }

        await Context.Database.ExecuteSqlRawAsync(_history.GetCreateIfNotExistsScript(), ct);
        await Context.Database.ExecuteSqlRawAsync(_history.GetInsertScript(new HistoryRow(baseline, ModuleMigrations.AdoptedVersion)), ct);
        return baseline;
    }

    private async Task RunAsync(IDataMigration step, CancellationToken ct)
    {
        await using var transaction = await Context.Database.BeginTransactionAsync(ct);
        await step.RunAsync(ct);
        await Context.Database.ExecuteSqlRawAsync(_history.GetInsertScript(new HistoryRow(step.Id, ModuleMigrations.DataMigrationVersion)), ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// EF Core marks a migration in progress on SQLite with a row of its lock table, which a start killed half-way leaves
    /// behind and every later start would wait on. One host owns a SQLite file, so a row found before migrating is such a
    /// leftover.
    /// </summary>
    private async Task ReleaseStaleSqliteLockAsync(CancellationToken ct)
    {
        var exists = await Context.Database.SqlQueryRaw<int>(
            "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'").SingleAsync(ct);
        if (exists > 0)
        {
            await Context.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", ct);
        }
    }
}
