using System.Data.Common;
using System.Globalization;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Hygiene.Disinfection;

/// <summary>
/// Keeps <see cref="DisinfectionDay"/>, <see cref="DisinfectionDayTally"/> and <see cref="DisinfectionMonthTally"/> in
/// step with the log, inside the caller's transaction: each entry adds one to its site's day and moves the site from the
/// tallies of n − 1 entries to those of n;
/// a retirement takes the site's days from the retirement on out of the tallies. Upserts on the unique keys
/// (INSERT … ON CONFLICT DO UPDATE, the same statement on SQLite and PostgreSQL), so concurrent entries for one site and
/// day queue on its row and each counts.
/// </summary>
internal static class DisinfectionSummary
{
    /// <summary>Counts one entry just saved for <paramref name="site"/> on the city day <paramref name="day"/>.</summary>
    public static async Task CountEntryAsync(HygieneDbContext db, Site site, DateOnly day, CancellationToken ct)
    {
        var days = db.TableOf<DisinfectionDay>();
        var entries = Convert.ToInt32(await RunAsync(db, $"""
            INSERT INTO {days} AS d ("SiteId", "Day", "TownshipId", "Entries") VALUES (@site, @day, @township, 1)
            ON CONFLICT ("SiteId", "Day") DO UPDATE SET "Entries" = d."Entries" + 1
            RETURNING "Entries"
            """, command => AddSiteDay(db, command, site, day), scalar: true, ct), CultureInfo.InvariantCulture);
        if (day < CityClock.DateOf(site.CreatedAt))
        {
            // Days before the site's registration owe nothing and earn nothing: they stay out of the tallies.
            return;
        }

        // The site moves from the tally of entries − 1 to that of entries, in its day and in its month: both are
        // increments on unique keys, so concurrent entries of other sites and days add up whatever their order.
        foreach (var (table, bucket, count, at) in Tallies(db, day))
        {
            if (entries > 1)
            {
                // One row by its key, and removed when no site is left in it, so the live tallies hold what a back-fill would.
                await RunAsync(db, $"""
                    UPDATE {table} SET "{count}" = "{count}" - 1
                    WHERE "{bucket}" = @bucket AND "TownshipId" = @township AND "Category" = @category AND "Entries" = @previous;
                    DELETE FROM {table}
                    WHERE "{bucket}" = @bucket AND "TownshipId" = @township AND "Category" = @category AND "Entries" = @previous AND "{count}" <= 0
                    """, command => AddTally(db, command, site, at).WithParameter("@previous", entries - 1), scalar: false, ct);
            }

            await RunAsync(db, $"""
                INSERT INTO {table} AS t ("{bucket}", "TownshipId", "Category", "Entries", "{count}") VALUES (@bucket, @township, @category, @entries, 1)
                ON CONFLICT ("{bucket}", "TownshipId", "Category", "Entries") DO UPDATE SET "{count}" = t."{count}" + 1
                """, command => AddTally(db, command, site, at).WithParameter("@entries", entries), scalar: false, ct);
        }
    }

    /// <summary>
    /// Takes the days from <paramref name="retiredOn"/> on of a site being retired out of the tallies. An entry for one
    /// of those days racing the retirement (logged by someone who loaded the site just before it was retired, and
    /// committed after this) stays counted; the log itself refuses such entries once the retirement is saved.
    /// </summary>
    public static async Task RemoveRetiredDaysAsync(HygieneDbContext db, Site site, DateOnly retiredOn, CancellationToken ct)
    {
        var registered = CityClock.DateOf(site.CreatedAt);
        var from = retiredOn > registered ? retiredOn : registered;
        var days = db.TableOf<DisinfectionDay>();
        await RunAsync(db, $"""
            UPDATE {db.TableOf<DisinfectionDayTally>()} SET "Sites" = "Sites" - 1
            WHERE "TownshipId" = @township AND "Category" = @category
              AND ("Day", "Entries") IN (SELECT d."Day", d."Entries" FROM {days} d WHERE d."SiteId" = @site AND d."Day" >= @bucket)
            """, command => AddSiteTally(db, command, site, from), scalar: false, ct);
        await RunAsync(db, $"""
            UPDATE {db.TableOf<DisinfectionMonthTally>()} AS m SET "SiteDays" = m."SiteDays" -
                (SELECT count(*) FROM {days} d
                 WHERE d."SiteId" = @site AND d."Day" >= @bucket AND d."Entries" = m."Entries" AND {db.MonthOf("d.\"Day\"")} = m."Month")
            WHERE m."TownshipId" = @township AND m."Category" = @category AND m."Month" >= {db.MonthOf("@bucket")}
            """, command => AddSiteTally(db, command, site, from), scalar: false, ct);
        await DeleteEmptyAsync(db, site, from, ct);
    }

    /// <summary>
    /// Fills the summary from the log when the log has entries but the summary has none (data made before the summary
    /// existed): three INSERT … SELECT … GROUP BY in one transaction. It is a data migration of the module's
    /// (<see cref="Data.HygieneSummaryBackfill"/>), and the province generator runs it after writing the log straight into its table.
    /// </summary>
    public static async Task<bool> BackfillAsync(HygieneDbContext db, CancellationToken ct)
    {
        if (await db.DisinfectionDays.AnyAsync(ct) || !await db.Disinfections.IgnoreQueryFilters().AnyAsync(ct))
        {
            return false;
        }

        var day = db.CityDayOf("e.\"At\"");
        // In the caller's transaction when there is one (a data migration's), else in one of its own.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        // WHERE true: SQLite needs it to read ON CONFLICT after INSERT … SELECT as the upsert, not a join's ON.
        await RunUnlimitedAsync(db, $"""
            INSERT INTO {db.TableOf<DisinfectionDay>()} ("SiteId", "Day", "TownshipId", "Entries")
            SELECT e."SiteId", {day}, e."TownshipId", count(*)
            FROM {db.TableOf<DisinfectionEntry>()} e
            WHERE true
            GROUP BY e."SiteId", {day}, e."TownshipId"
            ON CONFLICT DO NOTHING
            """, ct);
        await RunUnlimitedAsync(db, $"""
            INSERT INTO {db.TableOf<DisinfectionDayTally>()} ("TownshipId", "Day", "Category", "Entries", "Sites")
            SELECT d."TownshipId", d."Day", s."Category", d."Entries", count(*)
            FROM {db.TableOf<DisinfectionDay>()} d JOIN {db.TableOf<Site>()} s ON s."Id" = d."SiteId"
            WHERE d."Day" >= {db.CityDayOf("s.\"CreatedAt\"")} AND (s."RetiredOn" IS NULL OR d."Day" < s."RetiredOn")
            GROUP BY d."TownshipId", d."Day", s."Category", d."Entries"
            ON CONFLICT DO NOTHING
            """, ct);
        await RunUnlimitedAsync(db, $"""
            INSERT INTO {db.TableOf<DisinfectionMonthTally>()} ("Month", "TownshipId", "Category", "Entries", "SiteDays")
            SELECT {db.MonthOf("t.\"Day\"")}, t."TownshipId", t."Category", t."Entries", sum(t."Sites")
            FROM {db.TableOf<DisinfectionDayTally>()} t
            WHERE true
            GROUP BY {db.MonthOf("t.\"Day\"")}, t."TownshipId", t."Category", t."Entries"
            ON CONFLICT DO NOTHING
            """, ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
        return true;
    }

    /// <summary>Tallies of the site's township from <paramref name="from"/>'s day and month on that reached no site are removed.</summary>
    private static async Task DeleteEmptyAsync(HygieneDbContext db, Site site, DateOnly from, CancellationToken ct)
    {
        foreach (var (table, bucket, count, at) in Tallies(db, from))
        {
            await RunAsync(db, $"""DELETE FROM {table} WHERE "{bucket}" >= @bucket AND "TownshipId" = @township AND "{count}" <= 0""",
                command => AddTally(db, command, site, at), scalar: false, ct);
        }
    }

    /// <summary>The two tallies a day moves: the day's own and its month's (table, key column, count column, key).</summary>
    private static (string Table, string Bucket, string Count, DateOnly At)[] Tallies(HygieneDbContext db, DateOnly day) =>
    [
        (db.TableOf<DisinfectionDayTally>(), nameof(DisinfectionDayTally.Day), nameof(DisinfectionDayTally.Sites), day),
        (db.TableOf<DisinfectionMonthTally>(), nameof(DisinfectionMonthTally.Month), nameof(DisinfectionMonthTally.SiteDays), new DateOnly(day.Year, day.Month, 1)),
    ];

    private static void AddSiteDay(HygieneDbContext db, DbCommand command, Site site, DateOnly day)
    {
        command.Parameters.Add(SiteParameter(db, command, site));
        command.Parameters.Add(db.ColumnMappingOf<DisinfectionDay>(nameof(DisinfectionDay.Day)).CreateParameter(command, "@day", day));
        command.Parameters.Add(TownshipParameter(db, command, site));
    }

    private static DbCommand AddTally(HygieneDbContext db, DbCommand command, Site site, DateOnly bucket)
    {
        command.Parameters.Add(TownshipParameter(db, command, site));
        command.Parameters.Add(db.ColumnMappingOf<DisinfectionDayTally>(nameof(DisinfectionDayTally.Day)).CreateParameter(command, "@bucket", bucket));
        command.Parameters.Add(db.ColumnMappingOf<DisinfectionDayTally>(nameof(DisinfectionDayTally.Category))
            .CreateParameter(command, "@category", site.Category));
        return command;
    }

    private static void AddSiteTally(HygieneDbContext db, DbCommand command, Site site, DateOnly from) =>
        AddTally(db, command, site, from).Parameters.Add(SiteParameter(db, command, site));

    private static DbParameter SiteParameter(HygieneDbContext db, DbCommand command, Site site) =>
        db.ColumnMappingOf<DisinfectionDay>(nameof(DisinfectionDay.SiteId)).CreateParameter(command, "@site", site.Id);

    private static DbParameter TownshipParameter(HygieneDbContext db, DbCommand command, Site site) =>
        db.ColumnMappingOf<DisinfectionDayTally>(nameof(DisinfectionDayTally.TownshipId)).CreateParameter(command, "@township", site.TownshipId);

    /// <summary>One statement on the context's connection, in its current transaction.</summary>
    private static Task<object?> RunAsync(HygieneDbContext db, string sql, Action<DbCommand> parameters, bool scalar, CancellationToken ct) =>
        db.UseCommandAsync(async command =>
        {
            command.CommandText = sql;
            parameters(command);
            return scalar ? await command.ExecuteScalarAsync(ct) : await command.ExecuteNonQueryAsync(ct);
        }, ct);

    /// <summary>A statement of the back-fill, which groups the whole log: no time limit of a web request applies at start-up.</summary>
    private static Task<object?> RunUnlimitedAsync(HygieneDbContext db, string sql, CancellationToken ct) =>
        RunAsync(db, sql, command => command.CommandTimeout = 0, scalar: false, ct);
}
