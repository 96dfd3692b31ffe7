using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// SQLite opens a file it may not write (read-only, immutable, a disk remounted read-only) read-only instead of failing.
/// Such a connection serves reads during the fault, but the pool would keep it after the fault clears and hand it to the
/// next write, refused again although the file is writable. The 503 of a refused write clears the pools
/// (<see cref="Errors.StorageFaults.ForgetPooledConnections"/>), but not of connections opened after it — the outbox
/// dispatcher's look, a page read — so each connection is checked as it is first opened.
/// </summary>
internal static class SqliteReadOnlyOpens
{
    /// <summary>Marks the connection's pool so that this connection is disposed when closed, not pooled, if it was opened read-only.</summary>
    public static void KeepOutOfPool(SqliteConnection connection)
    {
        if (connection.Handle is { } handle && raw.sqlite3_db_readonly(handle, "main") == 1)
        {
            // Clearing a pool marks every connection it made, in use or not, never to be pooled again.
            SqliteConnection.ClearPool(connection);
        }
    }
}
