using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// Creates each module's tables at start-up. Several DbContexts share one database, so EnsureCreated (which
/// does nothing once the database exists) cannot be used: each module's tables are looked for and created
/// when absent; tables a newer version added are created beside the existing ones (<see cref="MissingTables"/>).
/// Start-up runs this under <see cref="StartupLock"/>, so hosts starting together do it one at a time.
/// </summary>
public static class SchemaCreator
{
    public static async Task CreateModuleTablesAsync(IServiceProvider services, ILogger logger, CancellationToken ct)
    {
        var storage = services.GetRequiredService<PlatformStorage>();
        if (storage.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(storage.Settings.DataDirectory);
        }

        foreach (var contextType in storage.ContextTypes)
        {
            using var scope = services.CreateScope();
            var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
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

            var tables = context.Model.GetEntityTypes()
                .Select(e => e.GetTableName())
                .OfType<string>()
                .Distinct()
                .ToList();
            var existing = await ExistingTablesAsync(context, tables, ct);
            if (existing.Count == 0)
            {
                await creator.CreateTablesAsync(ct);
                logger.LogInformation("Created the tables of {Context} ({Count})", contextType.Name, tables.Count);
            }
            else if (existing.Count < tables.Count)
            {
                var missing = tables.Except(existing).ToList();
                await MissingTables.AddAsync(context, missing, ct);
                logger.LogInformation("Added the tables {Tables} of {Context}, new since the data was created", string.Join(", ", missing), contextType.Name);
            }
        }
    }

    private static async Task<List<string>> ExistingTablesAsync(ModuleDbContext context, IReadOnlyList<string> tables, CancellationToken ct)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            var existing = new List<string>();
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                if (context.Database.ProviderName == ModuleDbContext.SqliteProviderName)
                {
                    command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
                    command.WithParameter("$name", table);
                }
                else
                {
                    command.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_schema = @schema AND table_name = @name";
                    command.WithParameter("@schema", context.StorageName).WithParameter("@name", table);
                }

                if (Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    existing.Add(table);
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
