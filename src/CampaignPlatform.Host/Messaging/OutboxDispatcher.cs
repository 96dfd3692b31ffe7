using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Host.Messaging;

/// <summary>
/// Delivers what nobody delivered at once: messages enqueued outside a request, those of a process that died before
/// delivering them, and those whose consumer failed, once their back-off has passed. Every poll interval it goes
/// through every module's outbox, oldest row first, until nothing is due.
/// </summary>
internal sealed class OutboxDispatcher(PlatformStorage storage, OutboxDelivery delivery, OutboxSettings settings, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite's "asynchronous" calls finish synchronously: without this the first pass over every outbox (a query
        // compiled per module) would run inside the host's start, before it listens.
        await Task.Yield();
        // On SQLite one host owns the file: a claim found at start-up is a dead process's, released at once.
        var released = storage.Provider != DatabaseProvider.Sqlite ? storage.ContextTypes.ToHashSet() : [];
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var contextType in storage.ContextTypes)
            {
                try
                {
                    if (released.Add(contextType))
                    {
                        await delivery.ReleaseClaimsAsync(contextType, stoppingToken);
                    }

                    while (await delivery.DeliverDueAsync(contextType, stoppingToken) > 0 && !stoppingToken.IsCancellationRequested)
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
}
