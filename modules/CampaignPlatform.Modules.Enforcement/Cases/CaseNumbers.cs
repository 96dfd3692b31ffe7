using System.Security.Cryptography;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.Enforcement.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Cases;

/// <summary>Case numbers ZF-{year}-{sequence} and tracking tokens.</summary>
internal static class CaseNumbers
{
    /// <summary>
    /// Takes the year's next sequence number from its counter row. Call it inside the transaction that saves the case
    /// (<see cref="SaveWithNumberAsync{T}"/> opens one): the row stays locked until the case is saved, and a save that
    /// fails gives the number back.
    /// </summary>
    public static async Task Assign(EnforcementDbContext db, EnforcementCase c, int year, CancellationToken ct)
    {
        c.Year = year;
        c.Sequence = await TakeNextAsync(db, year, ct) ?? await StartCounterAsync(db, year, ct);
        c.Number = $"ZF-{year}-{c.Sequence:000000}";
    }

    private static async Task<int?> TakeNextAsync(EnforcementDbContext db, int year, CancellationToken ct)
    {
        // Names come from the model, the year is a parameter ({0}).
        var sql = $$"""UPDATE {{db.TableOf<CaseCounter>()}} SET "Next" = "Next" + 1 WHERE "Year" = {0} RETURNING "Next" - 1 AS "Value" """;
        var taken = await db.Database.SqlQueryRaw<int>(sql, year).ToListAsync(ct);
        return taken.Count == 1 ? taken[0] : null;
    }

    /// <summary>
    /// The first case of a year, or a database filled without counters: the counter starts after the highest number
    /// already given (every case, whoever may see it). Two first cases at once insert one row between them.
    /// </summary>
    private static async Task<int> StartCounterAsync(EnforcementDbContext db, int year, CancellationToken ct)
    {
        var sql = $$"""
                    INSERT INTO {{db.TableOf<CaseCounter>()}} ("Year", "Next")
                    SELECT {0}, COALESCE(MAX("Sequence"), 0) + 1 FROM {{db.TableOf<EnforcementCase>()}} WHERE "Year" = {0}
                    ON CONFLICT ("Year") DO NOTHING
                    """;
        await db.Database.ExecuteSqlRawAsync(sql, [year], ct);
        return await TakeNextAsync(db, year, ct) ?? throw new InvalidOperationException($"No case counter for {year}.");
    }

    /// <summary>160 random bits, URL-safe base64 without padding.</summary>
    public static string NewTrackingToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(20)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    /// <summary>
    /// Saves a new case in one transaction with its number (see <see cref="Assign"/>). A save that meets a unique index
    /// all the same (two requests under one Idempotency-Key) is rolled back, and <paramref name="afterConflict"/> may
    /// answer instead of trying again (the idempotent replay of the request that won).
    /// </summary>
    public static async Task<T> SaveWithNumberAsync<T>(
        EnforcementDbContext db, Func<Task<T>> attempt, Func<Task<T?>> afterConflict, CancellationToken ct) where T : class
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var answer = await attempt();
                await transaction.CommitAsync(ct);
                return answer;
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
