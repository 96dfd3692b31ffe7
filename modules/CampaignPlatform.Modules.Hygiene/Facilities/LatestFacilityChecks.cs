using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.Hygiene.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Hygiene.Facilities;

/// <summary>
/// Keeps <see cref="LatestFacilityCheck"/> in step with the checks, inside the caller's transaction: a check replaces
/// its site's latest when it is later (by date, then by number). One upsert on the site's key whose update applies only
/// to a later check (INSERT … ON CONFLICT DO UPDATE … WHERE, the same statement on SQLite and PostgreSQL), so concurrent
/// checks of one site queue on its row and the latest of them wins whatever their order.
/// </summary>
internal static class LatestFacilityChecks
{
    public static Task KeepAsync(HygieneDbContext db, FacilityCheck check, CancellationToken ct) =>
        db.UseCommandAsync(async command =>
        {
            command.CommandText = $"""
                INSERT INTO {db.TableOf<LatestFacilityCheck>()} AS l ("SiteId", "CheckId", "CheckedOn", "Working", "SoapPresent")
                VALUES (@site, @check, @on, @working, @soap)
                ON CONFLICT ("SiteId") DO UPDATE SET "CheckId" = excluded."CheckId", "CheckedOn" = excluded."CheckedOn",
                    "Working" = excluded."Working", "SoapPresent" = excluded."SoapPresent"
                WHERE excluded."CheckedOn" > l."CheckedOn" OR excluded."CheckedOn" = l."CheckedOn" AND excluded."CheckId" > l."CheckId"
                """;
            command.Parameters.Add(db.ColumnMappingOf<LatestFacilityCheck>(nameof(LatestFacilityCheck.SiteId)).CreateParameter(command, "@site", check.SiteId));
            command.Parameters.Add(db.ColumnMappingOf<LatestFacilityCheck>(nameof(LatestFacilityCheck.CheckId)).CreateParameter(command, "@check", check.Id));
            command.Parameters.Add(db.ColumnMappingOf<LatestFacilityCheck>(nameof(LatestFacilityCheck.CheckedOn)).CreateParameter(command, "@on", check.CheckedOn));
            command.Parameters.Add(db.ColumnMappingOf<LatestFacilityCheck>(nameof(LatestFacilityCheck.Working)).CreateParameter(command, "@working", check.Working));
            command.Parameters.Add(db.ColumnMappingOf<LatestFacilityCheck>(nameof(LatestFacilityCheck.SoapPresent)).CreateParameter(command, "@soap", check.SoapPresent));
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);

    /// <summary>
    /// Fills the table from the checks when there are checks but no latest ones (data made before it existed, or checks
    /// written straight into their table, as the generator does): one INSERT … SELECT of each site's first check in the
    /// checks' own order. Start-up runs it under the start-up lock, and the insert skips sites present, so it runs once.
    /// </summary>
    public static async Task<bool> BackfillAsync(HygieneDbContext db, CancellationToken ct)
    {
        if (await db.LatestFacilityChecks.AnyAsync(ct) || !await db.FacilityChecks.IgnoreQueryFilters().AnyAsync(ct))
        {
            return false;
        }

        await db.UseCommandAsync(async command =>
        {
            // No time limit of a web request at start-up: a province has 240,000 checks to rank.
            command.CommandTimeout = 0;
            // WHERE … : SQLite needs a WHERE to read ON CONFLICT after INSERT … SELECT as the upsert, not a join's ON.
            command.CommandText = $"""
                INSERT INTO {db.TableOf<LatestFacilityCheck>()} ("SiteId", "CheckId", "CheckedOn", "Working", "SoapPresent")
                SELECT r."SiteId", r."Id", r."CheckedOn", r."Working", r."SoapPresent"
                FROM (SELECT c."SiteId", c."Id", c."CheckedOn", c."Working", c."SoapPresent",
                             row_number() OVER (PARTITION BY c."SiteId" ORDER BY c."CheckedOn" DESC, c."Id" DESC) AS "Rank"
                      FROM {db.TableOf<FacilityCheck>()} c) r
                WHERE r."Rank" = 1
                ON CONFLICT DO NOTHING
                """;
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);
        return true;
    }

    /// <summary>
    /// Copies each kept row's state from its check where the row predates the state's columns (the host adds them to an
    /// existing table empty): one UPDATE by the checks' key, after which nothing is left to fill.
    /// </summary>
    public static async Task<int> FillStatesAsync(HygieneDbContext db, CancellationToken ct)
    {
        if (!await db.LatestFacilityChecks.AnyAsync(l => l.Working == null || l.SoapPresent == null, ct))
        {
            return 0;
        }

        var checks = db.TableOf<FacilityCheck>();
        return await db.UseCommandAsync(async command =>
        {
            command.CommandTimeout = 0;
            command.CommandText = $"""
                UPDATE {db.TableOf<LatestFacilityCheck>()} AS l
                SET "Working" = (SELECT c."Working" FROM {checks} c WHERE c."Id" = l."CheckId"),
                    "SoapPresent" = (SELECT c."SoapPresent" FROM {checks} c WHERE c."Id" = l."CheckId")
                WHERE l."Working" IS NULL OR l."SoapPresent" IS NULL
                """;
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);
    }
}
