using CampaignPlatform.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampaignPlatform.Host.Health;

/// <summary>Healthy when every module's database connection answers.</summary>
internal sealed class DatabaseHealthCheck(PlatformStorage storage, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        foreach (var type in storage.ContextTypes)
        {
            var db = (DbContext)services.GetRequiredService(type);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy($"{type.Name} cannot reach the database.");
            }
        }

        return HealthCheckResult.Healthy($"{storage.Provider}, {storage.ContextTypes.Count} module contexts");
    }
}
