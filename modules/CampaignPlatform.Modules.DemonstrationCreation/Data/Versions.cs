using CampaignPlatform.Kernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.DemonstrationCreation.Data;

/// <summary>A record changed with the version its caller last read.</summary>
internal interface IVersioned
{
    int Version { get; set; }
}

/// <summary>
/// Optimistic concurrency: the caller names the version it read; a stale one, or a race lost in the database, is a 409
/// with the current version.
/// </summary>
internal static class Versions
{
    public static void EnsureCurrent(int current, int expected, string what)
    {
        if (current != expected)
        {
            throw Stale(what, current);
        }
    }

    public static async Task SaveAsync(DemonstrationCreationDbContext db, IVersioned entity, int expected, string what, CancellationToken ct)
    {
        EnsureCurrent(entity.Version, expected, what);
        entity.Version = expected + 1;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved it between our read and our write.
            var entry = db.Entry(entity);
            await entry.ReloadAsync(ct);
            throw Stale(what, entity.Version);
        }
    }

    private static ConflictException Stale(string what, int current) =>
        new ConflictException($"{what}已被他人修改，请刷新后重试。The record was changed by someone else; reload and try again.")
            .With("currentVersion", current);
}
