using System.Data.Common;
using System.Globalization;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.Hygiene.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignPlatform.Modules.Hygiene.Scoring;

/// <summary>
/// Site-days that met their category's disinfection frequency, counted in the database from the maintained tallies
/// (<see cref="DisinfectionMonthTally"/> and <see cref="DisinfectionDayTally"/>: per township, category, month or day and
/// number of entries, the site-days), never from the
/// log itself (7.8 million entries for a province's year). The tallies hold only days inside each site's window — from
/// its registration day to the day before it was retired — the same days <see cref="Compliance.HygieneArithmetic.SiteWindow"/>
/// gives a site; a day is met when its entries reach the category's frequency as configured now.
/// </summary>
internal static class DisinfectionSiteDays
{
    public static async Task<Dictionary<Guid, int>> MetPerTownshipAsync(
        HygieneDbContext db, IReadOnlyCollection<Guid> townships, DateOnly from, DateOnly to, DateOnly today, HygieneOptions options, CancellationToken ct)
    {
        var result = new Dictionary<Guid, int>();
        if (townships.Count == 0)
        {
            return result;
        }

        var sqlite = db.Database.ProviderName == ModuleDbContext.SqliteProviderName;
        return await db.UseCommandAsync(async command =>
        {
            // Whole months from the month tallies, the days of a month the period covers only in part from the day
            // tallies: a year to date reads about twelve rows per township, category and entry count, the current
            // month's included (see WholeMonths).
            var (wholeFrom, wholeTo) = WholeMonths(from, to, today);
            var day = db.ColumnMappingOf<DisinfectionDayTally>(nameof(DisinfectionDayTally.Day));
            command.Parameters.Add(day.CreateParameter(command, "@from", from));
            command.Parameters.Add(day.CreateParameter(command, "@to", to));
            command.Parameters.Add(day.CreateParameter(command, "@wholeFrom", wholeFrom));
            command.Parameters.Add(day.CreateParameter(command, "@wholeTo", wholeTo));
            var inTownships = TownshipFilter(db, command, townships, sqlite);
            string Met(string alias) => $"{alias}.\"Entries\" >= CASE {alias}.\"Category\" " + string.Join(' ', Enum.GetValues<SiteCategory>().Select(c =>
                string.Create(CultureInfo.InvariantCulture, $"WHEN '{c}' THEN {options.FrequencyOf(c)}"))) + " END";
            command.CommandText = $"""
                SELECT u."TownshipId", CAST(sum(u."SiteDays") AS bigint)
                FROM (SELECT m."TownshipId", m."SiteDays"
                      FROM {db.TableOf<DisinfectionMonthTally>()} m
                      WHERE m."Month" >= @wholeFrom AND m."Month" < @wholeTo AND m."TownshipId" {inTownships} AND {Met("m")}
                      UNION ALL
                      SELECT t."TownshipId", t."Sites"
                      FROM {db.TableOf<DisinfectionDayTally>()} t
                      WHERE (t."Day" >= @from AND t."Day" < @wholeFrom OR t."Day" >= @wholeTo AND t."Day" <= @to)
                        AND t."TownshipId" {inTownships} AND {Met("t")}) u
                GROUP BY u."TownshipId"
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                result[sqlite ? Guid.Parse(reader.GetString(0)) : reader.GetGuid(0)] = (int)reader.GetInt64(1);
            }

            return result;
        }, ct);
    }

    /// <summary>
    /// The months whose tallies hold exactly the days of <paramref name="from"/>–<paramref name="to"/> they cover, as
    /// [first day of the first, first day after the last): those wholly inside the period, and the month of
    /// <paramref name="to"/> too when it is <paramref name="today"/> — nothing is logged for a later day (a future entry is
    /// refused), so that month's tally holds only the days up to today. With none, both are the day after
    /// <paramref name="to"/>, so every day comes from the day tallies.
    /// </summary>
    internal static (DateOnly From, DateOnly To) WholeMonths(DateOnly from, DateOnly to, DateOnly today)
    {
        var first = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var after = to.AddDays(1);
        var end = to == today ? new DateOnly(to.Year, to.Month, 1).AddMonths(1) : new DateOnly(after.Year, after.Month, 1);
        return first < end ? (first, end) : (after, after);
    }

    /// <summary>PostgreSQL takes the townships as one uuid[]; SQLite, which has no arrays, as a list of parameters.</summary>
    private static string TownshipFilter(HygieneDbContext db, DbCommand command, IReadOnlyCollection<Guid> townships, bool sqlite)
    {
        if (!sqlite)
        {
            command.WithParameter("@townships", townships.ToArray());
            return "= ANY(@townships)";
        }

        var mapping = db.ColumnMappingOf<DisinfectionDayTally>(nameof(DisinfectionDayTally.TownshipId));
        var names = townships.Select((id, i) =>
        {
            command.Parameters.Add(mapping.CreateParameter(command, $"@t{i}", id));
            return $"@t{i}";
        }).ToList();
        return $"IN ({string.Join(", ", names)})";
    }
}
