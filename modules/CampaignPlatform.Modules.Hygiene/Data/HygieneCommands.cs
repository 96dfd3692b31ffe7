using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignPlatform.Modules.Hygiene.Data;

/// <summary>
/// A plain command on the context's own connection, inside its current transaction if it has one: for the summary's
/// upserts and grouped reads, which EF Core cannot express. The connection is opened for the command only when the
/// context had not opened it already.
/// </summary>
internal static class HygieneCommands
{
    public static async Task<T> UseAsync<T>(HygieneDbContext db, Func<DbCommand, Task<T>> use, CancellationToken ct)
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
}
