using System.Data.Common;
using System.Globalization;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Checks.Data;
using Microsoft.Extensions.Logging;

namespace CampaignPlatform.Modules.Checks.Running;

/// <summary>
/// At start-up on SQLite, where one host owns the data: a run still marked running was cut off when the host last
/// stopped (killed, crashed). It is recorded as a failed attempt and retried with the usual back-off
/// (<see cref="CheckRetries"/>), so it completes instead of waiting for its next occurrence; checks are safe to repeat.
/// On PostgreSQL another host may still be running it, and its claim on the job decides.
/// </summary>
internal sealed class InterruptedRuns(CheckRunner runner, DbDataSource database, ILogger<InterruptedRuns> logger) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!await AnyRunningAsync(cancellationToken))
        {
            return;
        }

        var interrupted = await runner.RetryInterruptedAsync(cancellationToken);
        if (interrupted > 0)
        {
            logger.LogWarning("{Count} check runs were cut off when the host last stopped; each is retried", interrupted);
        }
    }

    /// <summary>
    /// Whether any run is still marked running, asked on a plain connection: most starts find none, and this spares them
    /// initialising the module's context (which builds its EF model) and compiling the LINQ query of
    /// <see cref="CheckRunner.RetryInterruptedAsync"/> before the host serves.
    /// </summary>
    private async Task<bool> AnyRunningAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT EXISTS (SELECT 1 FROM \"{ChecksDbContext.SqliteRunsTable}\" WHERE \"Outcome\" = '{nameof(CheckRunOutcome.Running)}')";
        return Convert.ToBoolean(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }
}
