using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CampaignPlatform.Host.Errors;

/// <summary>
/// Faults of the storage rather than of the request — a disk full, a read-only or vanished database file, a lock held
/// too long, a PostgreSQL server out of space, starting up or unreachable. The request is answered 503 with
/// Retry-After: the transaction was rolled back, nothing was saved, and the same request may succeed once the fault
/// clears.
/// </summary>
internal static class StorageFaults
{
    public const int RetryAfterSeconds = 30;

    // SQLite primary result codes (the low byte of the extended code).
    private const int SqliteBusy = 5;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (IsFault(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A SQLite connection opened while the file could not be written is opened read-only and would stay so in the
    /// pool after the fault clears: drop the pooled connections so the next request opens fresh ones.
    /// </summary>
    public static void ForgetPooledConnections() => SqliteConnection.ClearAllPools();

    private static bool IsFault(Exception exception) => exception switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteReadOnly or SqliteIoError or SqliteFull or SqliteCantOpen,
        // 53100 disk_full, 57P03 cannot_connect_now (starting up, shutting down), class 08 connection exceptions.
        PostgresException postgres => postgres.SqlState is "53100" or "57P03" || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
        // Npgsql raises its own exception (not a server's) when it cannot reach or keep the connection.
        NpgsqlException npgsql => npgsql.InnerException is SocketException or IOException or TimeoutException || npgsql.IsTransient,
        _ => false,
    };
}
