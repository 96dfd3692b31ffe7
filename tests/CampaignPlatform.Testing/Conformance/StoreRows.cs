using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Testing.Conformance;

/// <summary>
/// How many rows each table of the host's modules holds, counted with plain SQL (no data filters), so that a test can
/// say "nothing was written" of every module at once — a module's work often lands in another's tables (a problem
/// found becomes a rectification item).
/// </summary>
public static class StoreRows
{
    /// <summary>Modules whose tables record that something was tried rather than what it did: runs of checks, the audit log.</summary>
    private static readonly string[] Bookkeeping = ["checks", "accounts"];

    public static async Task<IReadOnlyDictionary<string, long>> CountAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var storage = scope.ServiceProvider.GetRequiredService<PlatformStorage>();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var type in storage.ContextTypes)
        {
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(type);
            if (Bookkeeping.Contains(db.StorageName))
            {
                continue;
            }

            // The outbox holds messages, not records: a check run again may send its problems again, and what they do
            // lands (once) in the consumers' tables, which are counted.
            var records = db.Model.GetEntityTypes().Where(e => e.ClrType != typeof(OutboxMessage));
            foreach (var table in records.Select(TableOf).OfType<string>().Distinct())
            {
                // The table names come from the model, not from input.
#pragma warning disable EF1002
                counts[table] = await db.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS \"Value\" FROM {table}").SingleAsync();
#pragma warning restore EF1002
            }
        }

        return counts;
    }

    /// <summary>The tables whose count differs, with both counts, for an assertion's message.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.Where(t => before.GetValueOrDefault(t.Key) != t.Value)
            .Select(t => $"{t.Key}: {before.GetValueOrDefault(t.Key)} → {t.Value}")
            .ToList();

    private static string? TableOf(IEntityType entity) =>
        entity.GetTableName() is { } name
            ? entity.GetSchema() is { } schema ? $"\"{schema}\".\"{name}\"" : $"\"{name}\""
            : null;
}
