using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampaignPlatform.Host.Health;

/// <summary>
/// Degraded while any module's outbox holds a message whose delivery failed (still retried, or given up after its
/// attempts ran out), naming the modules, counts and the last error; healthy otherwise. Messages merely waiting
/// for their turn are not a fault.
/// </summary>
internal sealed class OutboxHealthCheck(PlatformStorage storage, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var faults = new List<string>();
        var pending = 0;
        foreach (var type in storage.ContextTypes)
        {
            var db = (ModuleDbContext)services.GetRequiredService(type);
            var undelivered = db.Outbox.AsNoTracking().Where(m => m.DeliveredAt == null);
            pending += await undelivered.CountAsync(cancellationToken);
            var failing = await undelivered.Where(m => m.Attempts > 0)
                .GroupBy(m => m.GaveUpAt == null)
                .Select(g => new { Retrying = g.Key, Count = g.Count(), LastId = g.Max(m => m.Id) })
                .ToListAsync(cancellationToken);
            foreach (var group in failing)
            {
                var error = await db.Outbox.AsNoTracking().Where(m => m.Id == group.LastId).Select(m => m.LastError).FirstAsync(cancellationToken);
                faults.Add($"{db.StorageName}: {group.Count} {(group.Retrying ? "failing, retried" : "given up")} ({error})");
            }
        }

        return faults.Count == 0
            ? HealthCheckResult.Healthy($"{pending} durable messages waiting")
            : HealthCheckResult.Degraded($"Durable messages not delivered: {string.Join("; ", faults)}");
    }
}
