using CampaignPlatform.Host.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampaignPlatform.Host.Health;

/// <summary>
/// Healthy when every module's tables are at this build's last migration. Degraded when a module has migrations still
/// pending (a backup restored under a running host) or migrations this build does not know (a newer host upgraded the
/// shared database: this one should be replaced). Each module's applied and pending migrations go with the result, which
/// <c>/health</c> shows to city administrators only.
/// </summary>
internal sealed class MigrationsHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var statuses = await ModuleMigrations.StatusAsync(services, cancellationToken);
        var detail = statuses.ToDictionary(s => s.Module, s => (object)s);
        var faults = statuses.Where(s => s.Unknown.Count > 0).Select(s => $"{s.Module} has {string.Join(", ", s.Unknown)}, unknown to this version")
            .Concat(statuses.Where(s => s.Pending.Count > 0).Select(s => $"{s.Module} has {string.Join(", ", s.Pending)} pending"))
            .ToList();
        return faults.Count == 0
            ? HealthCheckResult.Healthy($"{statuses.Count} modules at their last migration ({statuses.Sum(s => s.Applied.Count)} applied)", detail)
            : HealthCheckResult.Degraded($"Migrations: {string.Join("; ", faults)}", data: detail);
    }
}
