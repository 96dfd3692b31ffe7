using System.Data.Common;
using System.Globalization;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignPlatform.Modules.Hygiene.Disinfection;

/// <summary>
/// Keeps <see cref="DisinfectionDay"/> and <see cref="DisinfectionDayTally"/> in step with the log, inside the caller's
/// transaction: each entry adds one to its site's day and moves the site from the tally of n − 1 entries to that of n;
/// a retirement takes the site's days from the retirement on out of the tallies. Upserts on the unique keys
/// (INSERT … ON CONFLICT DO UPDATE, the same statement on SQLite and PostgreSQL), so concurrent entries for one site and
/// day queue on its row and each counts.
/// </summary>
internal static class DisinfectionSummary
{
    private const long UnixEpochTicks = 621355968000000000;

    /// <summary>
    /// The city day of an instant column, in SQL. China Standard Time has kept +08:00 all year since 1991, so one
    /// offset serves every instant and a city day is the plain date of the shifted instant.
    /// </summary>
    public static string CityDayOf(HygieneDbContext db, string instant)
    {
        var offsetSeconds = (int)CityClock.Zone.BaseUtcOffset.TotalSeconds;
        return db.Database.ProviderName == ModuleDbContext.SqliteProviderName
            ? string.Create(CultureInfo.InvariantCulture, $"date(({instant} - {UnixEpochTicks}) / 10000000 + {offsetSeconds}, 'unixepoch')")
            : string.Create(CultureInfo.InvariantCulture, $"(({instant} AT TIME ZONE 'UTC') + {offsetSeconds} * interval '1 second')::date");
    }

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

        var tallies = db.TableOf<DisinfectionDayTally>();
        if (entries > 1)
        {
            await RunAsync(db, $"""
                UPDATE {tallies} SET "Sites" = "Sites" - 1
                WHERE "TownshipId" = @township AND "Day" = @day AND "Category" = @category AND "Entries" = @previous
                """, command => AddTally(db, command, site, day).WithParameter("@previous", entries - 1), scalar: false, ct);
            await DeleteEmptyAsync(db, site, ct);
        }

        await RunAsync(db, $"""
            INSERT INTO {tallies} AS t ("TownshipId", "Day", "Category", "Entries", "Sites") VALUES (@township, @day, @category, @entries, 1)
            ON CONFLICT ("TownshipId", "Day", "Category", "Entries") DO UPDATE SET "Sites" = t."Sites" + 1
            """, command => AddTally(db, command, site, day).WithParameter("@entries", entries), scalar: false, ct);
    }

    /// <summary>Takes the days from <paramref name="retiredOn"/> on of a site being retired out of the tallies.</summary>
    public static async Task RemoveRetiredDaysAsync(HygieneDbContext db, Site site, DateOnly retiredOn, CancellationToken ct)
    {
        var registered = CityClock.DateOf(site.CreatedAt);
        var from = retiredOn > registered ? retiredOn : registered;
        await RunAsync(db, $"""
            UPDATE {db.TableOf<DisinfectionDayTally>()} SET "Sites" = "Sites" - 1
            WHERE "TownshipId" = @township AND "Category" = @category
              AND ("Day", "Entries") IN (SELECT d."Day", d."Entries" FROM {db.TableOf<DisinfectionDay>()} d
                                         WHERE d."SiteId" = @site AND d."Day" >= @day)
            """, command => AddTally(db, command, site, from).Parameters.Add(
                db.ColumnMappingOf<DisinfectionDay>(nameof(DisinfectionDay.SiteId)).CreateParameter(command, "@site", site.Id)), scalar: false, ct);
        await DeleteEmptyAsync(db, site, ct);
    }

    /// <summary>
    /// Fills both tables from the log when the log has entries but the summary has none (data made before the summary
    /// existed): two INSERT … SELECT … GROUP BY in one transaction. Start-up runs it under the start-up lock, and the
    /// inserts skip rows that exist, so two hosts starting at once fill it once.
    /// </summary>
    public static async Task<bool> BackfillAsync(HygieneDbContext db, CancellationToken ct)
    {
        if (await db.DisinfectionDays.AnyAsync(ct) || !await db.Disinfections.IgnoreQueryFilters().AnyAsync(ct))
        {
            return false;
        }

        var day = CityDayOf(db, "e.\"At\"");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // WHERE true: SQLite needs it to read ON CONFLICT after INSERT … SELECT as the upsert, not a join's ON.
        await RunAsync(db, $"""
            INSERT INTO {db.TableOf<DisinfectionDay>()} ("SiteId", "Day", "TownshipId", "Entries")
            SELECT e."SiteId", {day}, e."TownshipId", count(*)
            FROM {db.TableOf<DisinfectionEntry>()} e
            WHERE true
            GROUP BY e."SiteId", {day}, e."TownshipId"
            ON CONFLICT DO NOTHING
            """, _ => { }, scalar: false, ct);
        await RunAsync(db, $"""
            INSERT INTO {db.TableOf<DisinfectionDayTally>()} ("TownshipId", "Day", "Category", "Entries", "Sites")
            SELECT d."TownshipId", d."Day", s."Category", d."Entries", count(*)
            FROM {db.TableOf<DisinfectionDay>()} d JOIN {db.TableOf<Site>()} s ON s."Id" = d."SiteId"
            WHERE d."Day" >= {CityDayOf(db, "s.\"CreatedAt\"")} AND (s."RetiredOn" IS NULL OR d."Day" < s."RetiredOn")
            GROUP BY d."TownshipId", d."Day", s."Category", d."Entries"
            ON CONFLICT DO NOTHING
            """, _ => { }, scalar: false, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>A tally that reached no site is removed, so the live tallies hold what a back-fill would.</summary>
    private static async Task DeleteEmptyAsync(HygieneDbContext db, Site site, CancellationToken ct) =>
        await RunAsync(db, $"""DELETE FROM {db.TableOf<DisinfectionDayTally>()} WHERE "TownshipId" = @township AND "Sites" <= 0""",
            command => command.Parameters.Add(TownshipParameter(db, command, site)), scalar: false, ct);

    private static void AddSiteDay(HygieneDbContext db, DbCommand command, Site site, DateOnly day)
    {
        command.Parameters.Add(db.ColumnMappingOf<DisinfectionDay>(nameof(DisinfectionDay.SiteId)).CreateParameter(command, "@site", site.Id));
        command.Parameters.Add(db.ColumnMappingOf<DisinfectionDay>(nameof(DisinfectionDay.Day)).CreateParameter(command, "@day", day));
        command.Parameters.Add(TownshipParameter(db, command, site));
    }

    private static DbCommand AddTally(HygieneDbContext db, DbCommand command, Site site, DateOnly day)
    {
        command.Parameters.Add(TownshipParameter(db, command, site));
        command.Parameters.Add(db.ColumnMappingOf<DisinfectionDayTally>(nameof(DisinfectionDayTally.Day)).CreateParameter(command, "@day", day));
        command.Parameters.Add(db.ColumnMappingOf<DisinfectionDayTally>(nameof(DisinfectionDayTally.Category))
            .CreateParameter(command, "@category", site.Category));
        return command;
    }

    private static DbParameter TownshipParameter(HygieneDbContext db, DbCommand command, Site site) =>
        db.ColumnMappingOf<DisinfectionDayTally>(nameof(DisinfectionDayTally.TownshipId)).CreateParameter(command, "@township", site.TownshipId);

    /// <summary>One statement on the context's connection, in its current transaction.</summary>
    private static async Task<object?> RunAsync(HygieneDbContext db, string sql, Action<DbCommand> parameters, bool scalar, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = sql;
            // A back-fill groups the whole log: no time limit of a web request applies at start-up.
            command.CommandTimeout = 0;
            parameters(command);
            return scalar ? await command.ExecuteScalarAsync(ct) : await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
