using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Enforcement.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CampaignPlatform.Modules.Enforcement.Scoring;

/// <summary>
/// Keeps <see cref="CaseDueTally"/> and its month sums <see cref="CaseDueMonthTally"/> in step with the cases: a case counts in the tally of its deadline's city day, its
/// township and its outcome while it is a citizen case (<see cref="OnTime.CitizenCasesDue"/>) with a handling deadline.
/// Every save moves the cases it changes from the tally they were in to the one they are in now, by increments on the
/// unique key (INSERT … ON CONFLICT DO UPDATE, the same statement on SQLite and PostgreSQL), so concurrent changes of
/// other cases add up whatever their order; concurrent changes of one case are already refused by its version.
/// </summary>
internal static class CaseDueSummary
{
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

    /// <summary>Applies <paramref name="moves"/> to the day tallies and to their months, in the context's current transaction.</summary>
    public static async Task MoveAsync(EnforcementDbContext db, Dictionary<Key, int> moves, CancellationToken ct)
    {
        foreach (var (key, change) in moves)
        {
            await AddAsync<CaseDueTally>(db, nameof(CaseDueTally.Day), key, change, ct);
        }

        // Moves within one month (a case closed, its deadline moved a day) cancel out there and cost no statement.
        var months = moves.GroupBy(m => m.Key with { Day = MonthOf(m.Key.Day) }).Select(g => (g.Key, Change: g.Sum(m => m.Value)));
        foreach (var (key, change) in months.Where(m => m.Change != 0))
        {
            await AddAsync<CaseDueMonthTally>(db, nameof(CaseDueMonthTally.Month), key, change, ct);
        }
    }

    /// <summary>The month a day counts in, as <see cref="CaseDueMonthTally.Month"/> holds it: its first day.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>Adds <paramref name="change"/> to one tally row by its key (the day or month in <paramref name="key"/>'s day).</summary>
    private static Task<int> AddAsync<TTally>(EnforcementDbContext db, string bucket, Key key, int change, CancellationToken ct) =>
        db.ExecuteCommandAsync($"""
            INSERT INTO {db.TableOf<TTally>()} AS t ("{bucket}", "TownshipId", "Outcome", "Cases") VALUES (@bucket, @township, @outcome, @change)
            ON CONFLICT ("{bucket}", "TownshipId", "Outcome") DO UPDATE SET "Cases" = t."Cases" + @change
            """, command =>
        {
            command.Parameters.Add(db.ColumnMappingOf<TTally>(bucket).CreateParameter(command, "@bucket", key.Day));
            command.Parameters.Add(db.ColumnMappingOf<TTally>("TownshipId").CreateParameter(command, "@township", key.TownshipId));
            command.Parameters.Add(db.ColumnMappingOf<TTally>("Outcome").CreateParameter(command, "@outcome", key.Outcome));
            command.Parameters.Add(db.ColumnMappingOf<TTally>("Cases").CreateParameter(command, "@change", change));
        }, ct);

    /// <summary>
    /// Fills the day tallies from the cases when there are citizen cases with deadlines but no tally (data made before
    /// the tallies existed, or written straight into the table, as the generator does), and the month tallies from the
    /// day tallies when those are there but no month tally (data made before the month tallies): one
    /// INSERT … SELECT … GROUP BY each. Start-up runs it under the start-up lock, and the inserts skip rows that exist,
    /// so two hosts fill them once.
    /// </summary>
    public static async Task<bool> BackfillAsync(EnforcementDbContext db, CancellationToken ct)
    {
        var madeDays = !await db.CaseDueTallies.IgnoreQueryFilters().AnyAsync(ct)
            && await OnTime.CitizenCases(db.Cases.IgnoreQueryFilters()).AnyAsync(c => c.HandleDueAt != null, ct);
        if (madeDays)
        {
            await BackfillDaysAsync(db, ct);
        }

        if (await db.CaseDueMonthTallies.IgnoreQueryFilters().AnyAsync(ct) || !await db.CaseDueTallies.IgnoreQueryFilters().AnyAsync(ct))
        {
            return madeDays;
        }

        var month = db.MonthOf("d.\"Day\"");
        await db.ExecuteCommandAsync($"""
            INSERT INTO {db.TableOf<CaseDueMonthTally>()} ("Month", "TownshipId", "Outcome", "Cases")
            SELECT {month}, d."TownshipId", d."Outcome", sum(d."Cases")
            FROM {db.TableOf<CaseDueTally>()} d
            WHERE d."Cases" <> 0
            GROUP BY {month}, d."TownshipId", d."Outcome"
            ON CONFLICT DO NOTHING
            """, command => command.CommandTimeout = 0, ct);
        return true;
    }

    private static async Task BackfillDaysAsync(EnforcementDbContext db, CancellationToken ct)
    {
        var day = db.CityDayOf("c.\"HandleDueAt\"");
        var outcome = $"""
            CASE WHEN c."State" <> '{CaseState.Closed}' THEN '{CaseDueOutcome.Open}'
                 WHEN c."ClosedOnTime" THEN '{CaseDueOutcome.ClosedOnTime}' ELSE '{CaseDueOutcome.ClosedLate}' END
            """;
        // WHERE … : SQLite needs a WHERE to read ON CONFLICT after INSERT … SELECT as the upsert, not a join's ON.
        await db.ExecuteCommandAsync($"""
            INSERT INTO {db.TableOf<CaseDueTally>()} ("Day", "TownshipId", "Outcome", "Cases")
            SELECT {day}, c."TownshipId", {outcome}, count(*)
            FROM {db.TableOf<EnforcementCase>()} c
            WHERE c."Source" IN ({string.Join(", ", OnTime.CitizenSources.Select(source => $"'{source}'"))}) AND NOT c."Parked" AND c."HandleDueAt" IS NOT NULL
            GROUP BY {day}, c."TownshipId", {outcome}
            ON CONFLICT DO NOTHING
            """, command => command.CommandTimeout = 0, ct);
    }

    private static Key? KeyOf(PropertyValues values) => KeyOf(
        values.GetValue<Guid>(nameof(EnforcementCase.TownshipId)), values.GetValue<CaseSource>(nameof(EnforcementCase.Source)),
        values.GetValue<bool>(nameof(EnforcementCase.Parked)), values.GetValue<DateTimeOffset?>(nameof(EnforcementCase.HandleDueAt)),
        values.GetValue<CaseState>(nameof(EnforcementCase.State)), values.GetValue<bool?>(nameof(EnforcementCase.ClosedOnTime)));
}
