using Npgsql;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// Hosts that start at once against one PostgreSQL database take turns creating schemas and tables: a session-level
/// advisory lock held on its own connection for the duration of the work. The second host then finds the tables made.
/// </summary>
public sealed class PostgresSchemaLock : IAsyncDisposable
{
    /// <summary>Any fixed number will do as long as nothing else in the database locks on it; this one spells "CAMP".</summary>
    private const long LockKey = 0x43414D50;

    private readonly NpgsqlConnection _connection;

    private PostgresSchemaLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<PostgresSchemaLock> AcquireAsync(string connectionString, CancellationToken ct)
    {
        await EnsureDatabaseAsync(connectionString, ct);
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        await command.ExecuteNonQueryAsync(ct);
        return new PostgresSchemaLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
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
