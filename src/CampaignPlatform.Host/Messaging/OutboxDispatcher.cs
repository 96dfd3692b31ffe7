using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Host.Messaging;

/// <summary>
/// Delivers what nobody delivered at once: messages enqueued outside a request, those of a process that died before
/// delivering them, and those whose consumer failed, once their back-off has passed. Every poll interval it goes
/// through every module's outbox, oldest row first, until nothing is due; every purge interval (and once at start) it
/// deletes the rows delivered longer ago than the outbox keeps them.
/// </summary>
internal sealed class OutboxDispatcher(
    PlatformStorage storage, OutboxDelivery delivery, OutboxSettings settings, IHostApplicationLifetime lifetime, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first pass waits until the host listens, so that it never delays the start; each pass then looks into every
        // outbox with a plain statement, and builds a module's model and queries only where there is work. Nothing waits longer for it.
        await WhenStartedAsync(stoppingToken);
        // On SQLite one host owns the file: a claim found at start-up is a dead process's, released at once.
        var released = storage.Provider != DatabaseProvider.Sqlite ? storage.ContextTypes.ToHashSet() : [];
        var nextPurge = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (TimeProvider.System.GetUtcNow() >= nextPurge && await PurgeAsync(stoppingToken))
            {
                nextPurge = TimeProvider.System.GetUtcNow() + settings.PurgeInterval;
            }

            foreach (var contextType in storage.ContextTypes)
            {
                try
                {
                    var (undelivered, _) = await delivery.LookAsync(contextType, stoppingToken);
                    if (released.Add(contextType) && undelivered)
                    {
                        await delivery.ReleaseClaimsAsync(contextType, stoppingToken);
                    }

                    while (undelivered && await delivery.DeliverDueAsync(contextType, stoppingToken) > 0 && !stoppingToken.IsCancellationRequested)
                    {
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "The outbox of {Context} could not be read; tried again in {Interval}", contextType.Name, settings.PollInterval);
                }
            }

            await Task.Delay(settings.PollInterval, stoppingToken);
        }
    }

    private async Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }

    /// <summary>Whether every outbox was purged; if not, it is tried again at the next poll.</summary>
    private async Task<bool> PurgeAsync(CancellationToken ct)
    {
        var purgedAll = true;
        foreach (var contextType in storage.ContextTypes)
        {
            try
            {
                var (_, purgeable) = await delivery.LookAsync(contextType, ct);
                var purged = purgeable ? await delivery.PurgeDeliveredAsync(contextType, ct) : 0;
                if (purged > 0)
                {
                    logger.LogInformation("Deleted {Count} delivered durable messages older than {Keep} from {Context}", purged, settings.KeepDelivered, contextType.Name);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Delivered durable messages of {Context} could not be deleted; tried again in {Interval}", contextType.Name, settings.PollInterval);
                purgedAll = false;
            }
        }

        return purgedAll;
    }
}
