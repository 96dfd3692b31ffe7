using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Checks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CampaignPlatform.Modules.Checks.Running;

/// <summary>
/// At start-up on SQLite, where one host owns the data: a run still marked running was cut off when the host last
/// stopped (killed, crashed). It is recorded as failed, so the next run of its check starts at once instead of being
/// skipped as overlapping for <see cref="CheckRunner.StaleRunAfter"/>. What it had stored is kept; checks are safe to
/// repeat. On PostgreSQL another host may still be running it, and its claim on the job decides.
/// </summary>
internal sealed class InterruptedRuns(ChecksDbContext db, TimeProvider time, ILogger<InterruptedRuns> logger) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var interrupted = await db.Runs
            .Where(r => r.Outcome == CheckRunOutcome.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Outcome, CheckRunOutcome.Failed)
                .SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.Summary, "运行中主机停止，本次中断。The host stopped during the run."), cancellationToken);
        if (interrupted > 0)
        {
            logger.LogWarning("{Count} check runs were cut off when the host last stopped; recorded as failed", interrupted);
        }
    }
}
