using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Enforcement.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

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
            await db.ExecuteCommandAsync($"""
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
    /// Data made before the tallies also lacks the deadline index the line reads today's cases by: it is made too.
    /// </summary>
    public static async Task<bool> BackfillAsync(EnforcementDbContext db, CancellationToken ct)
    {
        var deadlines = db.Model.FindEntityType(typeof(EnforcementCase))!.GetIndexes()
            .Single(i => i.Properties is [{ Name: nameof(EnforcementCase.HandleDueAt) }]);
        await db.ExecuteCommandAsync($"""CREATE INDEX IF NOT EXISTS "{deadlines.GetDatabaseName()}" ON {db.TableOf<EnforcementCase>()} ("HandleDueAt")""",
            command => command.CommandTimeout = 0, ct);
        if (await db.CaseDueTallies.IgnoreQueryFilters().AnyAsync(ct)
            || !await OnTime.CitizenCases(db.Cases.IgnoreQueryFilters()).AnyAsync(c => c.HandleDueAt != null, ct))
        {
            return false;
        }

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
        return true;
    }

    private static Key? KeyOf(PropertyValues values) => KeyOf(
        values.GetValue<Guid>(nameof(EnforcementCase.TownshipId)), values.GetValue<CaseSource>(nameof(EnforcementCase.Source)),
        values.GetValue<bool>(nameof(EnforcementCase.Parked)), values.GetValue<DateTimeOffset?>(nameof(EnforcementCase.HandleDueAt)),
        values.GetValue<CaseState>(nameof(EnforcementCase.State)), values.GetValue<bool?>(nameof(EnforcementCase.ClosedOnTime)));
}
