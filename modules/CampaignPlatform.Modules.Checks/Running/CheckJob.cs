using System.ComponentModel;
using CampaignPlatform.Modules.Checks.Data;
using Hangfire;
using Hangfire.Server;

namespace CampaignPlatform.Modules.Checks.Running;

/// <summary>
/// What Hangfire runs: one job per check occurrence (never one per township or village), in its own DI scope.
/// A failed run is recorded and the check runs again at its next occurrence, so Hangfire does not retry it.
/// </summary>
public sealed class CheckJob(CheckRunner runner)
{
    [AutomaticRetry(Attempts = 0)]
    [DisplayName("检查 {0}")]
    public Task RunScheduled(string checkId, PerformContext? context) =>
        runner.RunAsync(checkId, runId: null, context?.BackgroundJob.Id, CheckTrigger.Schedule, context?.CancellationToken.ShutdownToken ?? default);

    [AutomaticRetry(Attempts = 0)]
    [DisplayName("检查 {0}（立即运行）")]
    public Task RunQueued(string checkId, Guid runId, PerformContext? context) =>
        runner.RunAsync(checkId, runId, context?.BackgroundJob.Id, CheckTrigger.OnDemand, context?.CancellationToken.ShutdownToken ?? default);
}
