using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Checks.Running;
using Hangfire;
using Hangfire.States;
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

        using var connection = storage.GetConnection();
        var registered = connection.GetRecurringJobs().ToDictionary(j => j.Id, StringComparer.Ordinal);
        foreach (var check in declared)
        {
            var cron = schedules.CronOf(check);
            if (!CheckSchedules.TryParse(cron, out _))
            {
                throw new InvalidOperationException($"Recurring check '{check.Id}' has an invalid cron expression '{cron}'.");
            }

            var id = check.Id;
            if (registered.TryGetValue(id, out var job) && IsRegisteredAs(job, id, cron))
            {
                // Each registration is a write to Hangfire's storage; at every start the same as before is only time lost.
                continue;
            }

            jobs.AddOrUpdate<CheckJob>(id, job => job.RunScheduled(id, null), cron, new RecurringJobOptions { TimeZone = CityClock.Zone });
        }

        var known = declared.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in registered.Values.Where(j => !known.Contains(j.Id)))
        {
            jobs.RemoveIfExists(stale.Id);
            logger.LogInformation("Removed recurring job {JobId}: no module declares it any more", stale.Id);
        }

        return Task.CompletedTask;
    }

    /// <summary>Stored as this check would register it now, and loadable: same cron, zone, queue and call.</summary>
    private static bool IsRegisteredAs(RecurringJobDto job, string id, string cron) =>
        job is { Error: null, LoadException: null, Removed: false, Job: { } call }
        && job.Cron == cron
        && job.TimeZoneId == CityClock.Zone.Id
        && job.Queue == EnqueuedState.DefaultQueue
        && call.Type == typeof(CheckJob)
        && call.Method.Name == nameof(CheckJob.RunScheduled)
        && call.Args.Count == 2 && Equals(call.Args[0], id) && call.Args[1] is null;
}
