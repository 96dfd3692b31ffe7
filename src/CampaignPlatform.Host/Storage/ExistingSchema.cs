using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Host.Storage;

/// <summary>The tables the database holds before start-up migrates it, (schema, name), and their columns (schema, table, name).</summary>
internal sealed record ExistingSchema(HashSet<(string? Schema, string Name)> Tables, HashSet<(string? Schema, string Table, string Name)> Columns)
{
    /// <summary>
    /// One look at the database's catalogue for every table and column of every module, instead of one query per table.
    /// Table names are unique per schema on PostgreSQL and per file on SQLite (schema null). Columns
    /// come from pg_attribute rather than information_schema.columns, whose privilege checks make it the slowest view.
    /// </summary>
    public static async Task<ExistingSchema> ReadAsync(ModuleDbContext context, CancellationToken ct)
    {
        var sqlite = context.Database.ProviderName == ModuleDbContext.SqliteProviderName;
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sqlite
                ? """
                  SELECT NULL, name, NULL FROM sqlite_master WHERE type = 'table'
                  UNION ALL SELECT NULL, m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'
                  """
                : """
                  SELECT table_schema::text, table_name::text, NULL::text FROM information_schema.tables
                  UNION ALL SELECT n.nspname::text, t.relname::text, a.attname::text
                  FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                  WHERE t.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
                  """;
            var existing = new ExistingSchema([], []);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var name = (reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1));
                if (reader.IsDBNull(2))
                {
                    existing.Tables.Add(name);
                }
                else
                {
                    existing.Columns.Add((name.Item1, name.Item2, reader.GetString(2)));
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
