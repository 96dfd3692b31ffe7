using System.Data.Common;
using System.Globalization;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Enforcement.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignPlatform.Modules.Enforcement.Scoring;

/// <summary>
/// Keeps <see cref="CaseDueTally"/> in step with the cases: a case counts in the tally of its deadline's city day, its
/// township and its outcome while it is a citizen case (<see cref="OnTime.CitizenCasesDue"/>) with a handling deadline.
/// Every save moves the cases it changes from the tally they were in to the one they are in now, by increments on the
/// unique key (INSERT … ON CONFLICT DO UPDATE, the same statement on SQLite and PostgreSQL), so concurrent changes of
/// other cases add up whatever their order; concurrent changes of one case are already refused by its version.
/// </summary>
internal static class CaseDueSummary
{
    private const long UnixEpochTicks = 621355968000000000;

    internal readonly record struct Key(DateOnly Day, Guid TownshipId, CaseDueOutcome Outcome);

    /// <summary>The tally a case with these values counts in, or none when it is not a citizen case with a deadline.</summary>
    public static Key? KeyOf(Guid township, CaseSource source, bool parked, DateTimeOffset? handleDueAt, CaseState state, bool? closedOnTime) =>
        OnTime.IsCitizenSource(source) && !parked && handleDueAt is { } due
            ? new Key(CityClock.DateOf(due), township, OutcomeOf(state, closedOnTime))
            : null;

    public static CaseDueOutcome OutcomeOf(CaseState state, bool? closedOnTime) =>
        state != CaseState.Closed ? CaseDueOutcome.Open : closedOnTime == true ? CaseDueOutcome.ClosedOnTime : CaseDueOutcome.ClosedLate;

    /// <summary>How the pending changes of the tracker move the tallies: the net change per tally, zeros left out.</summary>
    public static Dictionary<Key, int> MovesOf(ChangeTracker tracker)
    {
        var moves = new Dictionary<Key, int>();
        foreach (var entry in tracker.Entries<EnforcementCase>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted && KeyOf(entry.OriginalValues) is { } before)
            {
                moves[before] = moves.GetValueOrDefault(before) - 1;
            }

            if (entry.State is EntityState.Added or EntityState.Modified && KeyOf(entry.CurrentValues) is { } after)
            {
                moves[after] = moves.GetValueOrDefault(after) + 1;
            }
        }

        return moves.Where(m => m.Value != 0).ToDictionary();
    }

    /// <summary>Applies <paramref name="moves"/> in the context's current transaction.</summary>
    public static async Task MoveAsync(EnforcementDbContext db, Dictionary<Key, int> moves, CancellationToken ct)
    {
        var table = db.TableOf<CaseDueTally>();
        foreach (var (key, change) in moves)
        {
            await RunAsync(db, $"""
                INSERT INTO {table} AS t ("Day", "TownshipId", "Outcome", "Cases") VALUES (@day, @township, @outcome, @change)
                ON CONFLICT ("Day", "TownshipId", "Outcome") DO UPDATE SET "Cases" = t."Cases" + @change
                """, command =>
            {
                command.Parameters.Add(db.ColumnMappingOf<CaseDueTally>(nameof(CaseDueTally.Day)).CreateParameter(command, "@day", key.Day));
                command.Parameters.Add(db.ColumnMappingOf<CaseDueTally>(nameof(CaseDueTally.TownshipId)).CreateParameter(command, "@township", key.TownshipId));
                command.Parameters.Add(db.ColumnMappingOf<CaseDueTally>(nameof(CaseDueTally.Outcome)).CreateParameter(command, "@outcome", key.Outcome));
                command.Parameters.Add(db.ColumnMappingOf<CaseDueTally>(nameof(CaseDueTally.Cases)).CreateParameter(command, "@change", change));
            }, ct);
        }
    }

    /// <summary>
    /// Fills the tallies from the cases when there are citizen cases with deadlines but no tally (data made before the
    /// tallies existed, or written straight into the table, as the generator does): one INSERT … SELECT … GROUP BY.
    /// Start-up runs it under the start-up lock, and the insert skips rows that exist, so two hosts fill it once.
    /// </summary>
    public static async Task<bool> BackfillAsync(EnforcementDbContext db, CancellationToken ct)
    {
        if (await db.CaseDueTallies.IgnoreQueryFilters().AnyAsync(ct)
            || !await OnTime.CitizenCases(db.Cases.IgnoreQueryFilters()).AnyAsync(c => c.HandleDueAt != null, ct))
        {
            return false;
        }

        var day = CityDayOf(db, "c.\"HandleDueAt\"");
        var outcome = $"""
            CASE WHEN c."State" <> '{CaseState.Closed}' THEN '{CaseDueOutcome.Open}'
                 WHEN c."ClosedOnTime" THEN '{CaseDueOutcome.ClosedOnTime}' ELSE '{CaseDueOutcome.ClosedLate}' END
            """;
        // WHERE … : SQLite needs a WHERE to read ON CONFLICT after INSERT … SELECT as the upsert, not a join's ON.
        await RunAsync(db, $"""
            INSERT INTO {db.TableOf<CaseDueTally>()} ("Day", "TownshipId", "Outcome", "Cases")
            SELECT {day}, c."TownshipId", {outcome}, count(*)
            FROM {db.TableOf<EnforcementCase>()} c
            WHERE c."Source" IN ('{CaseSource.CitizenReport}', '{CaseSource.PhoneOrLiveReport}') AND NOT c."Parked" AND c."HandleDueAt" IS NOT NULL
            GROUP BY {day}, c."TownshipId", {outcome}
            ON CONFLICT DO NOTHING
            """, command => command.CommandTimeout = 0, ct);
        return true;
    }

    private static Key? KeyOf(PropertyValues values) => KeyOf(
        values.GetValue<Guid>(nameof(EnforcementCase.TownshipId)), values.GetValue<CaseSource>(nameof(EnforcementCase.Source)),
        values.GetValue<bool>(nameof(EnforcementCase.Parked)), values.GetValue<DateTimeOffset?>(nameof(EnforcementCase.HandleDueAt)),
        values.GetValue<CaseState>(nameof(EnforcementCase.State)), values.GetValue<bool?>(nameof(EnforcementCase.ClosedOnTime)));

    /// <summary>
    /// The city day of an instant column, in SQL. China Standard Time has kept +08:00 all year since 1991, so one
    /// offset serves every instant; SQLite holds instants as UTC ticks.
    /// </summary>
    private static string CityDayOf(EnforcementDbContext db, string instant)
    {
        var offsetSeconds = (int)CityClock.Zone.BaseUtcOffset.TotalSeconds;
        return db.Database.ProviderName == ModuleDbContext.SqliteProviderName
            ? string.Create(CultureInfo.InvariantCulture, $"date(({instant} - {UnixEpochTicks}) / 10000000 + {offsetSeconds}, 'unixepoch')")
            : string.Create(CultureInfo.InvariantCulture, $"(({instant} AT TIME ZONE 'UTC') + {offsetSeconds} * interval '1 second')::date");
    }

    /// <summary>One statement on the context's connection, in its current transaction.</summary>
    private static async Task RunAsync(EnforcementDbContext db, string sql, Action<DbCommand> parameters, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = sql;
            parameters(command);
            await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
