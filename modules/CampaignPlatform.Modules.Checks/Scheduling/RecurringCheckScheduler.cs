using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Checks.Running;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Logging;

namespace CampaignPlatform.Modules.Checks.Scheduling;

/// <summary>
/// At start-up: registers every declared check as a Hangfire recurring job under the check's id, in China
/// Standard Time (at the cron <see cref="CheckSchedules"/> gives), and removes recurring jobs whose check no longer exists.
/// </summary>
internal sealed class RecurringCheckScheduler(
    IModuleCatalog catalog, CheckSchedules schedules, IRecurringJobManager jobs, JobStorage storage, ILogger<RecurringCheckScheduler> logger)
    : IModuleInitializer
{
    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        var declared = catalog.Checks.Select(c => c.Check).ToList();
        foreach (var duplicate in declared.GroupBy(c => c.Id).Where(g => g.Count() > 1))
        {
            throw new InvalidOperationException($"Two recurring checks are declared with the id '{duplicate.Key}'.");
        }

        foreach (var check in declared)
        {
            var cron = schedules.CronOf(check);
            if (!CheckSchedules.TryParse(cron, out _))
            {
                throw new InvalidOperationException($"Recurring check '{check.Id}' has an invalid cron expression '{cron}'.");
            }

            var id = check.Id;
            jobs.AddOrUpdate<CheckJob>(id, job => job.RunScheduled(id, null), cron, new RecurringJobOptions { TimeZone = CityClock.Zone });
        }

        using var connection = storage.GetConnection();
        var known = declared.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in connection.GetRecurringJobs().Where(j => !known.Contains(j.Id)))
        {
            jobs.RemoveIfExists(stale.Id);
            logger.LogInformation("Removed recurring job {JobId}: no module declares it any more", stale.Id);
        }

        return Task.CompletedTask;
    }
}
