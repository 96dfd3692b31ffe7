using CampaignPlatform.Host.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampaignPlatform.Host.Health;

/// <summary>
/// Healthy when the platform's database answers. Every module's context connects with the same settings, so one plain
/// connection and statement answer for all of them, without building any module's EF model on a start's first <c>/health</c>.
/// </summary>
internal sealed class DatabaseHealthCheck(PlatformStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await PlainStatements.OpenAsync(storage.Settings, cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The module contexts cannot reach the database: {ex.Message}");
        }

        return HealthCheckResult.Healthy($"{storage.Provider}, {storage.ContextTypes.Count} module contexts");
    }
}
