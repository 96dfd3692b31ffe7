using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// Lets SQLite itself wait for the file's single write lock (<c>PRAGMA busy_timeout</c>), as long as the connection's
/// <c>Default Timeout</c>. Without it SQLite answers "busy" at once and Microsoft.Data.Sqlite retries the statement after
/// sleeping a fixed 150 ms, so a writer that met another's transaction waits in steps of 150 ms although the lock is
/// usually free again within milliseconds. SQLite's own handler retries after 1, 2, 5, 10, 15, 20, 25… ms, so a waiter
/// takes the lock soon after it is released. A connection SQLite opened
/// read-only is kept out of the pool here too (<see cref="SqliteReadOnlyOpens"/>).
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    /// <summary>The native connections already told; pooled ones keep the setting, so each is told once.</summary>
    private readonly ConditionalWeakTable<object, object> _told = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tell(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite runs every statement synchronously; an async path would only add a state machine.
        Tell(connection);
        return Task.CompletedTask;
    }

    private void Tell(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite || sqlite.Handle is not { } handle || _told.TryGetValue(handle, out _))
        {
            return;
        }

        SqliteReadOnlyOpens.KeepOutOfPool(sqlite);
        using var command = sqlite.CreateCommand();
        // A Default Timeout of 0 means "wait for ever", as Microsoft.Data.Sqlite reads it.
        var milliseconds = sqlite.DefaultTimeout == 0 ? int.MaxValue : Math.Min(int.MaxValue, sqlite.DefaultTimeout * 1000L);
        command.CommandText = $"PRAGMA busy_timeout = {milliseconds}";
        command.ExecuteNonQuery();
        _told.AddOrUpdate(handle, handle);
    }
}
