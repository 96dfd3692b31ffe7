using System.Data.Common;
using System.Globalization;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignPlatform.Modules.RuralUpkeep.Rounds;

/// <summary>
/// rural-upkeep.inspection-rounds: one due inspection per village of the run's townships for the ISO week of the run.
/// Set-based: one query for the villages' ids (the organisation module's), then one INSERT … SELECT … ON CONFLICT DO
/// NOTHING. A unique index on (village, week) makes a repeat or an overlapping run add nothing.
/// </summary>
internal sealed record CreateInspectionRound : CheckRequest;

internal sealed class CreateInspectionRoundHandler(RuralUpkeepDbContext db, IMediator mediator) : IRequestHandler<CreateInspectionRound, CheckOutcome>
{
    public async Task<CheckOutcome> Handle(CreateInspectionRound request, CancellationToken cancellationToken)
    {
        var today = CityClock.DateOf(request.Run.StartedAt);
        var (weekYear, week) = IsoWeek(today);
        var dueBy = DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, DayOfWeek.Sunday));
        var townships = request.Run.Townships.ToList();
        var villages = await mediator.Send(new ListVillageKeys(townships), cancellationToken);

        var created = await InsertMissing(villages, weekYear, week, dueBy, request.Run.StartedAt, cancellationToken);
        return new CheckOutcome(villages.Count, created, $"{weekYear}年第{week}周：{villages.Count} 个村，新派发 {created} 项巡检（截止 {dueBy:yyyy-MM-dd}）");
    }

    /// <summary>
    /// One statement, whole or not at all: no row is read back or tracked, and the unique index, not a lookup, leaves
    /// out the villages an earlier or overlapping run already has. PostgreSQL takes the villages as two arrays, SQLite,
    /// which has no arrays, as one JSON text; a parameter per village would cost SQLite a search by name per parameter.
    /// On SQLite the rows go in in village order, so that the unique index on the village grows at its end instead of everywhere.
    /// </summary>
    private async Task<int> InsertMissing(IReadOnlyList<VillageKey> villages, int weekYear, int week, DateOnly dueBy, DateTimeOffset now, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            AddRoundParameters(command, weekYear, week, dueBy, now);
            command.CommandText = db.Database.ProviderName == ModuleDbContext.SqliteProviderName
                ? InsertFromJson(command, villages)
                : InsertFromArrays(command, villages);
            return await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private void AddRoundParameters(DbCommand command, int weekYear, int week, DateOnly dueBy, DateTimeOffset now)
    {
        foreach (var (name, property, value) in new (string, string, object)[]
                 {
                     ("@weekYear", nameof(DueInspection.WeekYear), weekYear), ("@week", nameof(DueInspection.Week), week),
                     ("@dueBy", nameof(DueInspection.DueBy), dueBy), ("@now", nameof(DueInspection.CreatedAt), now),
                 })
        {
            command.Parameters.Add(db.ColumnMappingOf<DueInspection>(property).CreateParameter(command, name, value));
        }
    }

    /// <summary>The villages as a JSON array of [township, village] pairs, unpacked by json_each; the WHERE lets SQLite read ON CONFLICT as the upsert clause.</summary>
    private string InsertFromJson(DbCommand command, IReadOnlyList<VillageKey> villages)
    {
        command.WithParameter("@villages", SqliteGuidPairs.ToJson(villages));
        return Insert("SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), @weekYear, @week, @dueBy, @now FROM json_each(@villages) WHERE true ORDER BY 2");
    }

    /// <summary>Two uuid[] parameters unnested side by side into (township, village) rows.</summary>
    private string InsertFromArrays(DbCommand command, IReadOnlyList<VillageKey> villages)
    {
        command.WithParameter("@townships", villages.Select(v => v.TownshipId).ToArray()).WithParameter("@villages", villages.Select(v => v.Id).ToArray());
        return Insert("SELECT t, v, @weekYear, @week, @dueBy, @now FROM unnest(@townships, @villages) AS v(t, v)");
    }

    private string Insert(string select) =>
        $"""
         INSERT INTO {db.TableOf<DueInspection>()} ("TownshipId", "VillageId", "WeekYear", "Week", "DueBy", "CreatedAt")
         {select}
         ON CONFLICT ("VillageId", "WeekYear", "Week") DO NOTHING
         """;

    public static (int WeekYear, int Week) IsoWeek(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return (ISOWeek.GetYear(dateTime), ISOWeek.GetWeekOfYear(dateTime));
    }
}
