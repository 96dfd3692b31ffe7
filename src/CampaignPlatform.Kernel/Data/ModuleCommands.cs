using System.Data.Common;
using System.Globalization;
using CampaignPlatform.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignPlatform.Kernel.Data;

/// <summary>
/// Plain commands for what EF Core cannot express (upserts on a unique key, grouped reads of summaries), run on a
/// module context's own connection and inside its current transaction, so a summary moves with the change that moved
/// it. In the kernel so that a module keeping a summary does not carry its own copy.
/// </summary>
public static class ModuleCommands
{
    private const long UnixEpochTicks = 621355968000000000;

    /// <summary>
    /// Gives <paramref name="use"/> a command on the context's connection, enlisted in its current transaction if it has
    /// one. The connection is opened for the command only when the context had not opened it already, and then closed.
    /// </summary>
    public static async Task<T> UseCommandAsync<T>(this ModuleDbContext db, Func<DbCommand, Task<T>> use, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return await use(command);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>One statement that returns no rows, as <see cref="UseCommandAsync{T}"/> runs it; the rows it changed.</summary>
    public static Task<int> ExecuteCommandAsync(this ModuleDbContext db, string sql, Action<DbCommand> parameters, CancellationToken ct) =>
        db.UseCommandAsync(async command =>
        {
            command.CommandText = sql;
            parameters(command);
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);

    /// <summary>
    /// The city day of an instant column, in SQL. China Standard Time has kept +08:00 all year since 1991, so one
    /// offset serves every instant and a city day is the plain date of the shifted instant; SQLite holds instants as
    /// UTC ticks (see <see cref="ModuleDbContext"/>), PostgreSQL as timestamptz.
    /// </summary>
    public static string CityDayOf(this ModuleDbContext db, string instant)
    {
        var offsetSeconds = (int)CityClock.Zone.BaseUtcOffset.TotalSeconds;
        return db.Database.ProviderName == ModuleDbContext.SqliteProviderName
            ? string.Create(CultureInfo.InvariantCulture, $"date(({instant} - {UnixEpochTicks}) / 10000000 + {offsetSeconds}, 'unixepoch')")
            : string.Create(CultureInfo.InvariantCulture, $"(({instant} AT TIME ZONE 'UTC') + {offsetSeconds} * interval '1 second')::date");
    }

    /// <summary>The month (its first day) of a date column or parameter, in SQL.</summary>
    public static string MonthOf(this ModuleDbContext db, string date) =>
        db.Database.ProviderName == ModuleDbContext.SqliteProviderName ? $"date({date}, 'start of month')" : $"date_trunc('month', {date}::timestamp)::date";
}
