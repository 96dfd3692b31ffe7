using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CampaignPlatform.Generator;

/// <summary>
/// Writes rows straight into one entity's table of a module, bypassing the change tracker: PostgreSQL binary COPY, or
/// on SQLite prepared multi-row inserts in large transactions (<see cref="SqliteBulkInsert"/>). Table and column names, and how a value is stored (enums as text,
/// instants as UTC ticks on SQLite), are read from the module's own EF model, so a renamed column follows; a new
/// required column that the generator does not fill stops it with the column's name instead of writing half a row.
/// </summary>
public static class BulkTable
{
    /// <param name="context">The module's DbContext (its model knows the table).</param>
    /// <param name="entityName">The entity's class name, e.g. <c>Village</c>.</param>
    /// <param name="properties">The properties each row gives, in order; store-generated keys may be left out.</param>
    /// <param name="rows">Values per row in the order of <paramref name="properties"/>, as the entity holds them (enums may be given by name).</param>
    /// <param name="bulkLoad">
    /// A load of a table that nothing else uses meanwhile (the generator's): on PostgreSQL the table's statistics are
    /// refreshed afterwards (a bulk load leaves them stale); on SQLite the connection trades safety for speed during the
    /// write and the table's secondary indices are built once after the rows instead of row by row.
    /// </param>
    public static async Task<long> WriteAsync(
        DbContext context, string entityName, IReadOnlyList<string> properties, IEnumerable<object?[]> rows, bool bulkLoad = true,
        CancellationToken ct = default)
    {
        var entity = context.Model.GetEntityTypes().SingleOrDefault(e => e.ClrType.Name == entityName)
            ?? throw new InvalidOperationException($"{context.GetType().Name} has no entity {entityName}.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = properties.Select(name => BulkColumn.Of(entity, table, name)).ToList();
        RequireEveryNeededColumn(entity, properties);

        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            return connection is NpgsqlConnection npgsql
                ? await CopyAsync(npgsql, table, columns, rows, bulkLoad, ct)
                : await SqliteBulkInsert.InsertAsync(connection, table.Name, columns, rows, bulkLoad, ct);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private static void RequireEveryNeededColumn(IEntityType entity, IReadOnlyList<string> given)
    {
        var missing = entity.GetProperties()
            .Where(p => !p.IsNullable && p.ValueGenerated != ValueGenerated.OnAdd && !given.Contains(p.Name))
            .Select(p => p.Name)
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The generator does not fill the required column(s) {string.Join(", ", missing)} of {entity.ClrType.Name}: its table changed; update the generator.");
        }
    }

    private static async Task<long> CopyAsync(
        NpgsqlConnection connection, StoreObjectIdentifier table, List<BulkColumn> columns, IEnumerable<object?[]> rows, bool analyze, CancellationToken ct)
    {
        var target = $"{BulkColumn.Quote(table.Schema!)}.{BulkColumn.Quote(table.Name)}";
        var count = 0L;
        await using (var importer = await connection.BeginBinaryImportAsync(
                         $"COPY {target} ({string.Join(", ", columns.Select(c => BulkColumn.Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(ct);
                for (var i = 0; i < columns.Count; i++)
                {
                    if (columns[i].ToStore(row[i]) is { } value)
                    {
                        await importer.WriteAsync(value, ct);
                    }
                    else
                    {
                        await importer.WriteNullAsync(ct);
                    }
                }

                count++;
            }

            await importer.CompleteAsync(ct);
        }

        if (analyze)
        {
            // Fresh statistics, so that the planner does not take a million-row table for an empty one.
            await using var command = new NpgsqlCommand($"ANALYZE {target}", connection);
            await command.ExecuteNonQueryAsync(ct);
        }

        return count;
    }
}
