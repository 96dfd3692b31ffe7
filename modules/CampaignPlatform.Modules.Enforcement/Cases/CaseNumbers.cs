using System.Security.Cryptography;
using CampaignPlatform.Modules.Enforcement.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Cases;

/// <summary>Case numbers ZF-{year}-{sequence} and tracking tokens.</summary>
internal static class CaseNumbers
{
    public static async Task Assign(EnforcementDbContext db, EnforcementCase c, int year, CancellationToken ct)
    {
        // The sequence is the city's, whoever opens the case: count every case, not only those the actor sees.
        var last = await db.Cases.IgnoreQueryFilters().Where(x => x.Year == year).MaxAsync(x => (int?)x.Sequence, ct) ?? 0;
        c.Year = year;
        c.Sequence = last + 1;
        c.Number = $"ZF-{year}-{c.Sequence:000000}";
    }

    /// <summary>160 random bits, URL-safe base64 without padding.</summary>
    public static string NewTrackingToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(20)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    /// <summary>
    /// Saves a new case; two saves that took the same sequence number meet the unique index, and the loser takes
    /// the next number. <paramref name="afterConflict"/> may answer instead of retrying (an idempotent replay).
    /// </summary>
    public static async Task<T> SaveWithNumberAsync<T>(
        EnforcementDbContext db, Func<Task<T>> attempt, Func<Task<T?>> afterConflict, CancellationToken ct) where T : class
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateException) when (tries < 8)
            {
                db.ChangeTracker.Clear();
                if (await afterConflict() is { } answer)
                {
                    return answer;
                }

                await Task.Delay(Random.Shared.Next(5, 40), ct);
            }
        }
    }
}

/// <summary>Masks a phone number for officers outside the contact read: 13812345678 → 138****5678.</summary>
internal static class PhoneMask
{
    public static string? Of(string? phone) => phone switch
    {
        null => null,
        { Length: >= 8 } p => $"{p[..3]}****{p[^4..]}",
        _ => "****",
    };
}
