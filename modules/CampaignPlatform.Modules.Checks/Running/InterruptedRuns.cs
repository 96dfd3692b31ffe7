using CampaignPlatform.Kernel.Modules;
using Microsoft.Extensions.Logging;

namespace CampaignPlatform.Modules.Checks.Running;

/// <summary>
/// At start-up on SQLite, where one host owns the data: a run still marked running was cut off when the host last
/// stopped (killed, crashed). It is recorded as a failed attempt and retried with the usual back-off
/// (<see cref="CheckRetries"/>), so it completes instead of waiting for its next occurrence; checks are safe to repeat.
/// On PostgreSQL another host may still be running it, and its claim on the job decides.
/// </summary>
internal sealed class InterruptedRuns(CheckRunner runner, ILogger<InterruptedRuns> logger) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!await runner.AnyRunningAsync(cancellationToken))
        {
            return;
        }

        var interrupted = await runner.RetryInterruptedAsync(cancellationToken);
        if (interrupted > 0)
        {
            logger.LogWarning("{Count} check runs were cut off when the host last stopped; each is retried", interrupted);
        }
    }
}
