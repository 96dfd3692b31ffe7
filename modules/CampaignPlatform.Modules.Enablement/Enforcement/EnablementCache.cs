using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Enablement.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Enablement.Enforcement;

/// <summary>
/// Every switch of every township in memory, so the check on each command costs a dictionary lookup.
/// A write on this host drops the snapshot at once; a write on another host is seen within
/// <see cref="MaxAge"/>, when the snapshot is reloaded.
/// </summary>
internal sealed class EnablementCache(IServiceScopeFactory scopes, IOptions<EnablementOptions> options, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private Snapshot? _snapshot;

    public async Task<bool> IsEnabledAsync(ModuleManifest module, Guid townshipId, CancellationToken ct)
    {
        if (module.IsCore)
        {
            return true;
        }

        var snapshot = await GetAsync(ct);
        return snapshot.Explicit.TryGetValue((townshipId, module.Id), out var enabled)
            ? enabled
            : options.Value.EnabledByDefault.Contains(module.Id, StringComparer.Ordinal);
    }

    public void Invalidate() => _snapshot = null;

    public void Dispose() => _reload.Dispose();

    private async Task<Snapshot> GetAsync(CancellationToken ct)
    {
        var current = _snapshot;
        if (current is not null && time.GetUtcNow() - current.LoadedAt < MaxAge)
        {
            return current;
        }

        await _reload.WaitAsync(ct);
        try
        {
            current = _snapshot;
            if (current is not null && time.GetUtcNow() - current.LoadedAt < MaxAge)
            {
                return current;
            }

            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<EnablementDbContext>();
            var loadedAt = time.GetUtcNow();
            var settings = await db.Settings.AsNoTracking().ToDictionaryAsync(s => (s.TownshipId, s.ModuleId), s => s.Enabled, ct);
            current = new Snapshot(settings, loadedAt);
            _snapshot = current;
            return current;
        }
        finally
        {
            _reload.Release();
        }
    }

    private sealed record Snapshot(IReadOnlyDictionary<(Guid TownshipId, string ModuleId), bool> Explicit, DateTimeOffset LoadedAt);
}
