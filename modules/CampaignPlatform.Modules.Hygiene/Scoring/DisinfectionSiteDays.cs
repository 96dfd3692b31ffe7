using System.Data.Common;
using System.Globalization;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.Hygiene.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignPlatform.Modules.Hygiene.Scoring;

/// <summary>
/// Site-days that met their category's disinfection frequency, counted in the database from the maintained tallies
/// (<see cref="DisinfectionDayTally"/>: per township, category, day and number of entries, the sites), never from the
/// log itself (7.8 million entries for a province's year). The tallies hold only days inside each site's window — from
/// its registration day to the day before it was retired — the same days <see cref="Compliance.HygieneArithmetic.SiteDays"/>
/// counts in memory; a day is met when its entries reach the category's frequency as configured now.
/// </summary>
internal static class DisinfectionSiteDays
{
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
            var day = db.ColumnMappingOf<DisinfectionDayTally>(nameof(DisinfectionDayTally.Day));
            command.Parameters.Add(day.CreateParameter(command, "@from", from));
            command.Parameters.Add(day.CreateParameter(command, "@to", to));
            var inTownships = TownshipFilter(db, command, townships, sqlite);
            var frequency = "CASE t.\"Category\" " + string.Join(' ', Enum.GetValues<SiteCategory>().Select(c =>
                string.Create(CultureInfo.InvariantCulture, $"WHEN '{c}' THEN {options.FrequencyOf(c)}"))) + " END";
            command.CommandText = $"""
                SELECT t."TownshipId", CAST(sum(t."Sites") AS bigint)
                FROM {db.TableOf<DisinfectionDayTally>()} t
                WHERE t."TownshipId" {inTownships} AND t."Day" >= @from AND t."Day" <= @to AND t."Entries" >= {frequency}
                GROUP BY t."TownshipId"
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

        var mapping = db.ColumnMappingOf<DisinfectionDayTally>(nameof(DisinfectionDayTally.TownshipId));
        var names = townships.Select((id, i) =>
        {
            command.Parameters.Add(mapping.CreateParameter(command, $"@t{i}", id));
            return $"@t{i}";
        }).ToList();
        return $"IN ({string.Join(", ", names)})";
    }
}
