using System.Data.Common;
using CampaignPlatform.Host.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampaignPlatform.Host.Health;

/// <summary>
/// Degraded while any module's outbox holds a message whose delivery failed (still retried, or given up after its
/// attempts ran out), naming the modules, counts and the last error; healthy otherwise. Messages merely waiting
/// for their turn are not a fault. Plain statements on one plain connection: through the modules' contexts, the first
/// <c>/health</c> of a start would build every module's EF model before it could answer.
/// </summary>
internal sealed class OutboxHealthCheck(PlatformStorage storage, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var faults = new List<string>();
        var pending = 0L;
        await using var connection = await PlainStatements.OpenAsync(storage.Settings, cancellationToken);
        foreach (var type in storage.ContextTypes)
        {
            var name = PlainStatements.StorageNameOf(services, type);
            var table = PlainStatements.OutboxOf(storage.Settings, name);
            var (waiting, retrying, gaveUp) = await CountUndeliveredAsync(connection, table, cancellationToken);
            pending += waiting;
            if (retrying > 0)
            {
                faults.Add($"{name}: {retrying} failing, retried ({await LastErrorAsync(connection, table, retrying: true, cancellationToken)})");
            }

            if (gaveUp > 0)
            {
                faults.Add($"{name}: {gaveUp} given up ({await LastErrorAsync(connection, table, retrying: false, cancellationToken)})");
            }
        }

        return faults.Count == 0
            ? HealthCheckResult.Healthy($"{pending} durable messages waiting")
            : HealthCheckResult.Degraded($"Durable messages not delivered: {string.Join("; ", faults)}");
    }

    /// <summary>The three counts in one statement per module.</summary>
    private static async Task<(long Waiting, long Retrying, long GaveUp)> CountUndeliveredAsync(DbConnection connection, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            """SELECT count(*), count(CASE WHEN "Attempts" > 0 AND "GaveUpAt" IS NULL THEN 1 END), count(CASE WHEN "Attempts" > 0 AND "GaveUpAt" IS NOT NULL THEN 1 END) """ +
            $"""FROM {table} WHERE "DeliveredAt" IS NULL""";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static async Task<string?> LastErrorAsync(DbConnection connection, string table, bool retrying, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""SELECT "LastError" FROM {table} WHERE "DeliveredAt" IS NULL AND "Attempts" > 0 """ +
            $"""AND "GaveUpAt" IS {(retrying ? "" : "NOT ")}NULL ORDER BY "Id" DESC LIMIT 1""";
        return await command.ExecuteScalarAsync(ct) as string;
    }
}
