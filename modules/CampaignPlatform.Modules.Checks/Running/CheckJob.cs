using System.ComponentModel;
using CampaignPlatform.Modules.Checks.Data;
using Hangfire;
using Hangfire.Server;

namespace CampaignPlatform.Modules.Checks.Running;

/// <summary>
/// What Hangfire runs: one job per check occurrence (never one per township or village), in its own DI scope.
/// Hangfire does not retry a job itself: the runner records each failed attempt and schedules the next with back-off
/// (<see cref="CheckRetries"/>), so that the attempts are visible on the runs page.
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
