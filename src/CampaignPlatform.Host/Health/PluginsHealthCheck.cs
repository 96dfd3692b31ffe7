using CampaignPlatform.Host.Composition;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampaignPlatform.Host.Health;

/// <summary>Degraded while a plugin folder was refused at start-up: the host serves, but without a campaign someone installed.</summary>
internal sealed class PluginsHealthCheck(ModuleCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalog.RefusedPlugins.Count == 0
            ? HealthCheckResult.Healthy($"{catalog.Loaded.Count(m => m.PluginFolder is not null)} plugin module(s) loaded")
            : HealthCheckResult.Degraded(string.Join(" ", catalog.RefusedPlugins.Select(r => r.Message))));
}
