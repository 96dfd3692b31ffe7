using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace CampaignPlatform.Generator;

/// <summary>
/// Writes rows straight into one entity's table of a module, bypassing the change tracker: PostgreSQL binary COPY, or
/// on SQLite prepared inserts in large transactions. Table and column names, and how a value is stored (enums as text,
/// instants as UTC ticks on SQLite), are read from the module's own EF model, so a renamed column follows; a new
/// required column that the generator does not fill stops it with the column's name instead of writing half a row.
/// </summary>
public static class BulkTable
{
    /// <summary>Rows per SQLite transaction: large enough to be fast, small enough to keep the write-ahead log modest.</summary>
    private const int SqliteRowsPerTransaction = 100_000;

    /// <param name="context">The module's DbContext (its model knows the table).</param>
    /// <param name="entityName">The entity's class name, e.g. <c>Village</c>.</param>
    /// <param name="properties">The properties each row gives, in order; store-generated keys may be left out.</param>
    /// <param name="rows">Values per row in the order of <paramref name="properties"/>, as the entity holds them (enums may be given by name).</param>
    /// <param name="analyze">On PostgreSQL, refresh the table's statistics afterwards (a bulk load leaves them stale).</param>
    public static async Task<long> WriteAsync(
        DbContext context, string entityName, IReadOnlyList<string> properties, IEnumerable<object?[]> rows, bool analyze = true,
        CancellationToken ct = default)
    {
        var entity = context.Model.GetEntityTypes().SingleOrDefault(e => e.ClrType.Name == entityName)
            ?? throw new InvalidOperationException($"{context.GetType().Name} has no entity {entityName}.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = properties.Select(name => Column.Of(entity, table, name)).ToList();
        RequireEveryNeededColumn(entity, properties);

        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            return connection is NpgsqlConnection npgsql
                ? await CopyAsync(npgsql, table, columns, rows, analyze, ct)
                : await InsertAsync(connection, table, columns, rows, ct);
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
        NpgsqlConnection connection, StoreObjectIdentifier table, List<Column> columns, IEnumerable<object?[]> rows, bool analyze, CancellationToken ct)
    {
        var target = $"{Quote(table.Schema!)}.{Quote(table.Name)}";
        var count = 0L;
        await using (var importer = await connection.BeginBinaryImportAsync(
                         $"COPY {target} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)", ct))
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

    private static async Task<long> InsertAsync(
        DbConnection connection, StoreObjectIdentifier table, List<Column> columns, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(command, "$p" + i, null, nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);

        var count = 0L;
        DbTransaction? transaction = null;
        try
        {
            foreach (var row in rows)
            {
                if (transaction is null)
                {
                    transaction = await connection.BeginTransactionAsync(ct);
                    command.Transaction = transaction;
                    await command.PrepareAsync(ct);
                }

                for (var i = 0; i < columns.Count; i++)
                {
                    parameters[i].Value = columns[i].ToStore(row[i]) ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(ct);
                if (++count % SqliteRowsPerTransaction == 0)
                {
                    await transaction.CommitAsync(ct);
                    await transaction.DisposeAsync();
                    transaction = null;
                }
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }

        return count;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record Column(string Name, RelationalTypeMapping Mapping, ValueConverter? Converter)
    {
        public static Column Of(IEntityType entity, StoreObjectIdentifier table, string propertyName)
        {
            var property = entity.FindProperty(propertyName)
                ?? throw new InvalidOperationException($"{entity.ClrType.Name} has no property {propertyName}: its table changed; update the generator.");
            var mapping = property.GetRelationalTypeMapping();
            return new Column(property.GetColumnName(table)!, mapping, property.GetValueConverter() ?? mapping.Converter);
        }

        /// <summary>The value as the module's model stores it; a value already in the stored form (an enum's name) passes as it is.</summary>
        public object? ToStore(object? value)
        {
            if (value is null)
            {
                return null;
            }

            var modelType = Converter is null ? null : Nullable.GetUnderlyingType(Converter.ModelClrType) ?? Converter.ModelClrType;
            return modelType == value.GetType() ? Converter!.ConvertToProvider(value) : value;
        }
    }
}
