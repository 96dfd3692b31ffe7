using System.Data.Common;
using CampaignPlatform.Generator;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// A database's schema as comparable lines: on SQLite every sqlite_master entry with its DDL and the journal mode; on
/// PostgreSQL every index of the platform's schemas with its definition.
/// </summary>
internal static class GeneratedSchema
{
    public static async Task<List<string>> ReadAsync(DatabaseTarget target)
    {
        await using DbConnection connection = target.ConnectionString is { } postgres
            ? new NpgsqlConnection(postgres)
            : new SqliteConnection($"Data Source={Path.Combine(target.DataDirectory, "campaign.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = connection is NpgsqlConnection
            ? "SELECT schemaname || ' ' || tablename || ' ' || indexname || ' ' || indexdef FROM pg_indexes " +
              "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"
            : "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '') FROM sqlite_master " +
              "UNION ALL SELECT 'journal_mode ' || journal_mode FROM pragma_journal_mode ORDER BY 1";
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
