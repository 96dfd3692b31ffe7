using CampaignPlatform.Kernel.Modules;
using Npgsql;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// Hosts that start at once against one PostgreSQL database take turns preparing it (schemas, tables, the demo city's
/// seed): a session-level advisory lock held on its own connection for the duration of the work. The second host then
/// finds everything made. On SQLite one host owns the files and there is nothing to wait for.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>Any fixed number will do as long as nothing else in the database locks on it; this one spells "CAMP".</summary>
    private const long LockKey = 0x43414D50;

    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(StorageSettings storage, CancellationToken ct)
    {
        if (storage.Provider != DatabaseProvider.Postgres)
        {
            return new StartupLock(null);
        }

        var connectionString = storage.ConnectionString;
        await EnsureDatabaseAsync(connectionString, ct);
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        await command.ExecuteNonQueryAsync(ct);
        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }

        // Closing the session releases the lock too; unlocking first returns the pooled connection clean.
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection))
        {
            command.Parameters.AddWithValue("key", LockKey);
            await command.ExecuteNonQueryAsync();
        }

        await _connection.DisposeAsync();
    }

    /// <summary>The lock lives inside the database, so the database itself is made first; two hosts may race to make it.</summary>
    private static async Task EnsureDatabaseAsync(string connectionString, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database ?? builder.Username ?? "postgres";
        builder.Database = "postgres";
        builder.Pooling = false;
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(ct) is not null)
        {
            return;
        }

        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase || e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another host made it between the look and the create.
        }
    }
}
