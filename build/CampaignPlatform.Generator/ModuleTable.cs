using CampaignPlatform.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Generator;

/// <summary>
/// One module's table as its EF model places it (<c>"hygiene"."disinfections"</c> on PostgreSQL,
/// <c>"hygiene_disinfections"</c> on SQLite), for the benchmarks' bare baselines that write or read it with plain SQL.
/// Columns keep their property names on both stores.
/// </summary>
public sealed record ModuleTable(DbContext Context, string Entity, string QualifiedName)
{
    /// <param name="scope">The scope the context lives in (it goes with the scope).</param>
    /// <param name="contextName">The module's DbContext class, e.g. <c>RectificationDbContext</c>.</param>
    /// <param name="entityName">The entity class, e.g. <c>RectificationItem</c>.</param>
    public static ModuleTable Of(IServiceScope scope, string contextName, string entityName)
    {
        var contextType = scope.ServiceProvider.GetRequiredService<PlatformStorage>().ContextTypes.Single(t => t.Name == contextName);
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
        var entity = context.Model.GetEntityTypes().Single(e => e.ClrType.Name == entityName);
        var name = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
        return new ModuleTable(context, entityName, name);
    }

    public bool IsSqlite => Context.Database.ProviderName == Kernel.Data.ModuleDbContext.SqliteProviderName;

    /// <summary>Runs a statement in which <c>{table}</c> stands for this table.</summary>
    public Task<int> ExecuteAsync(string sql, CancellationToken ct = default) =>
        Context.Database.ExecuteSqlRawAsync(sql.Replace("{table}", QualifiedName, StringComparison.Ordinal), ct);

    /// <summary>Writes rows with <see cref="BulkTable"/> (COPY on PostgreSQL, prepared inserts on SQLite), nothing more.</summary>
    public Task<long> BulkWriteAsync(IReadOnlyList<string> properties, IEnumerable<object?[]> rows, CancellationToken ct = default) =>
        BulkTable.WriteAsync(Context, Entity, properties, rows, bulkLoad: false, ct);

    /// <summary>Runs a query in which <c>{table}</c> stands for this table and reads every row; returns how many there were.</summary>
    public async Task<int> ReadAllAsync(string sql, CancellationToken ct = default)
    {
        var connection = Context.Database.GetDbConnection();
        await Context.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql.Replace("{table}", QualifiedName, StringComparison.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var rows = 0;
            while (await reader.ReadAsync(ct))
            {
                rows++;
            }

            return rows;
        }
        finally
        {
            await Context.Database.CloseConnectionAsync();
        }
    }
}
