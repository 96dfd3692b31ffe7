using System.Globalization;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Modules;
using Microsoft.Data.Sqlite;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// The mark a start leaves in the database once it has prepared it completely (tables, indexes, every initializer): the
/// fingerprint of what prepared it (<c>host_prepared</c> on SQLite, <c>host.prepared</c> on PostgreSQL). It lives in the
/// data, so a restored backup carries the mark of the host that prepared it. Read and written with plain statements:
/// the point of it is a start that builds no module's EF model. Like the migrations histories, it is bookkeeping about
/// the schema rather than part of it, so it is made here, not by a migration.
/// </summary>
internal static class PreparedStamp
{
    public static async Task<string?> ReadAsync(StorageSettings settings, CancellationToken ct)
    {
        if (settings.Provider == DatabaseProvider.Sqlite && !File.Exists(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource))
        {
            return null; // opening it would create an empty file: new data, nothing prepared
        }

        await using var connection = await PlainStatements.OpenAsync(settings, ct);
        await using (var exists = connection.CreateCommand())
        {
            exists.CommandText = settings.Provider == DatabaseProvider.Sqlite
                ? "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'host_prepared'"
                : "SELECT to_regclass('host.prepared') IS NOT NULL";
            if (!Convert.ToBoolean(await exists.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture))
            {
                return null;
            }
        }

        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT fingerprint FROM {TableOf(settings)} WHERE id = 1";
        return await read.ExecuteScalarAsync(ct) as string;
    }

    public static async Task WriteAsync(StorageSettings settings, string fingerprint, CancellationToken ct)
    {
        await using var connection = await PlainStatements.OpenAsync(settings, ct);
        await using var write = connection.CreateCommand();
        var table = TableOf(settings);
        write.CommandText = (settings.Provider == DatabaseProvider.Sqlite ? "" : "CREATE SCHEMA IF NOT EXISTS host; ") +
            $"CREATE TABLE IF NOT EXISTS {table} (id integer PRIMARY KEY, fingerprint text NOT NULL, prepared_at text NOT NULL); " +
            $"INSERT INTO {table} (id, fingerprint, prepared_at) VALUES (1, @fingerprint, @at) " +
            "ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint, prepared_at = excluded.prepared_at";
        write.WithParameter("fingerprint", fingerprint).WithParameter("at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        await write.ExecuteNonQueryAsync(ct);
    }

    private static string TableOf(StorageSettings settings) => settings.Provider == DatabaseProvider.Sqlite ? "host_prepared" : "host.prepared";
}
