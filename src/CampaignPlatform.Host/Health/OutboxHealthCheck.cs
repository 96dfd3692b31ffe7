using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Messaging;
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
        var pending = 0L;
        foreach (var type in storage.ContextTypes)
        {
            var db = (ModuleDbContext)services.GetRequiredService(type);
            var (waiting, retrying, gaveUp) = await CountUndeliveredAsync(db, cancellationToken);
            pending += waiting;
            if (retrying > 0)
            {
                faults.Add($"{db.StorageName}: {retrying} failing, retried ({await LastErrorAsync(db, retrying: true, cancellationToken)})");
            }

            if (gaveUp > 0)
            {
                faults.Add($"{db.StorageName}: {gaveUp} given up ({await LastErrorAsync(db, retrying: false, cancellationToken)})");
            }
        }

        return faults.Count == 0
            ? HealthCheckResult.Healthy($"{pending} durable messages waiting")
            : HealthCheckResult.Degraded($"Durable messages not delivered: {string.Join("; ", faults)}");
    }

    /// <summary>
    /// The three counts in one plain statement per module, on the table's name without the module's model: the first
    /// <c>/health</c> of a start would otherwise build every module's EF model (and compile its queries) before it could answer.
    /// </summary>
    private static Task<(long Waiting, long Retrying, long GaveUp)> CountUndeliveredAsync(ModuleDbContext db, CancellationToken ct) =>
        db.UseCommandAsync(async command =>
        {
            command.CommandText =
                """SELECT count(*), count(CASE WHEN "Attempts" > 0 AND "GaveUpAt" IS NULL THEN 1 END), count(CASE WHEN "Attempts" > 0 AND "GaveUpAt" IS NOT NULL THEN 1 END) """ +
                $"""FROM {db.TableNamed(OutboxMessage.TableName)} WHERE "DeliveredAt" IS NULL""";
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }, ct);

    private static Task<string?> LastErrorAsync(ModuleDbContext db, bool retrying, CancellationToken ct) =>
        db.UseCommandAsync(async command =>
        {
            command.CommandText =
                $"""SELECT "LastError" FROM {db.TableNamed(OutboxMessage.TableName)} WHERE "DeliveredAt" IS NULL AND "Attempts" > 0 """ +
                $"""AND "GaveUpAt" IS {(retrying ? "" : "NOT ")}NULL ORDER BY "Id" DESC LIMIT 1""";
            return await command.ExecuteScalarAsync(ct) as string;
        }, ct);
}
