using System.Data.Common;
using System.Globalization;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignPlatform.Modules.Hygiene.Scoring;

/// <summary>
/// Site-days that met their category's disinfection frequency, counted in the database: each site's log is grouped
/// per city day, and only the number of such days per township comes back, never the log itself (7.8 million entries
/// for a province's year). A day counts from the site's registration day to the day before it was retired, the same
/// days <see cref="Compliance.HygieneArithmetic.SiteDays"/> counts in memory.
/// </summary>
internal static class DisinfectionSiteDays
{
    private const long UnixEpochTicks = 621355968000000000;

    public static async Task<Dictionary<Guid, int>> MetPerTownshipAsync(
        HygieneDbContext db, IReadOnlyCollection<Guid> townships, DateOnly from, DateOnly to, HygieneOptions options, CancellationToken ct)
    {
        var result = new Dictionary<Guid, int>();
        if (townships.Count == 0)
        {
            return result;
        }

        var sqlite = db.Database.ProviderName == ModuleDbContext.SqliteProviderName;
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
            var at = db.ColumnMappingOf<DisinfectionEntry>(nameof(DisinfectionEntry.At));
            command.Parameters.Add(at.CreateParameter(command, "@start", CityClock.StartOf(from)));
            command.Parameters.Add(at.CreateParameter(command, "@end", CityClock.StartOf(to.AddDays(1))));
            var inTownships = TownshipFilter(db, command, townships, sqlite);
            // The city's offset from UTC: China Standard Time has kept +08:00 all year since 1991, so one offset serves
            // the whole period and a city day is a plain date of the shifted instant.
            var offsetSeconds = (int)CityClock.Zone.GetUtcOffset(CityClock.StartOf(from)).TotalSeconds;
            string Day(string instant) => sqlite
                ? $"date(({instant} - {UnixEpochTicks}) / 10000000 + {offsetSeconds}, 'unixepoch')"
                : $"(({instant} AT TIME ZONE 'UTC') + {offsetSeconds} * interval '1 second')::date";
            var frequency = "CASE s.\"Category\" " + string.Join(' ', Enum.GetValues<SiteCategory>().Select(c =>
                string.Create(CultureInfo.InvariantCulture, $"WHEN '{c}' THEN {options.FrequencyOf(c)}"))) + " END";
            // Site by site through the (site, instant) index: each site's few hundred entries are grouped by day in
            // memory, where one grouping of the whole log (7.8 million entries) spills to disk and takes four times longer.
            // An entry carries its site's township, which never changes, so the sites' township alone picks the entries.
            command.CommandText = $"""
                SELECT m."TownshipId", CAST(sum(m."DaysMet") AS bigint)
                FROM (SELECT s."TownshipId",
                             (SELECT count(*)
                              FROM (SELECT 1 AS "Met"
                                    FROM {db.TableOf<DisinfectionEntry>()} d
                                    WHERE d."SiteId" = s."Id" AND d."At" >= @start AND d."At" < @end
                                      AND {Day("d.\"At\"")} >= {Day("s.\"CreatedAt\"")}
                                      AND (s."RetiredOn" IS NULL OR {Day("d.\"At\"")} < s."RetiredOn")
                                    GROUP BY {Day("d.\"At\"")}
                                    HAVING count(*) >= {frequency}) days) AS "DaysMet"
                      FROM {db.TableOf<Site>()} s
                      WHERE s."TownshipId" {inTownships}) m
                GROUP BY m."TownshipId"
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                result[sqlite ? Guid.Parse(reader.GetString(0)) : reader.GetGuid(0)] = (int)reader.GetInt64(1);
            }

            return result;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>PostgreSQL takes the townships as one uuid[]; SQLite, which has no arrays, as a list of parameters.</summary>
    private static string TownshipFilter(HygieneDbContext db, DbCommand command, IReadOnlyCollection<Guid> townships, bool sqlite)
    {
        if (!sqlite)
        {
            command.WithParameter("@townships", townships.ToArray());
            return "= ANY(@townships)";
        }

        var mapping = db.ColumnMappingOf<DisinfectionEntry>(nameof(DisinfectionEntry.TownshipId));
        var names = townships.Select((id, i) =>
        {
            command.Parameters.Add(mapping.CreateParameter(command, $"@t{i}", id));
            return $"@t{i}";
        }).ToList();
        return $"IN ({string.Join(", ", names)})";
    }
}
