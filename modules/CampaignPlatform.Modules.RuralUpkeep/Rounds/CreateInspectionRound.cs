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
/// Set-based: one query for the villages (the organisation module's), then INSERT … SELECT … ON CONFLICT DO NOTHING in
/// batches. A unique index on (village, week) makes a repeat or an overlapping run add nothing.
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
        var villages = await mediator.Send(new ListVillages(townships), cancellationToken);

        var created = await InsertMissing(villages, weekYear, week, dueBy, request.Run.StartedAt, cancellationToken);
        return new CheckOutcome(villages.Count, created, $"{weekYear}年第{week}周：{villages.Count} 个村，新派发 {created} 项巡检（截止 {dueBy:yyyy-MM-dd}）");
    }

    /// <summary>Villages per statement on SQLite: two parameters each, far below its limit of parameters.</summary>
    private const int VillagesPerStatement = 1000;

    /// <summary>
    /// INSERT … SELECT … ON CONFLICT DO NOTHING: no row is read back or tracked, and the unique index, not a lookup,
    /// leaves out the villages an earlier or overlapping run already has. PostgreSQL takes the villages as two arrays
    /// in one statement; SQLite, which has no arrays, as VALUES lists in batches. One transaction, so a round is there
    /// whole or not at all.
    /// </summary>
    private async Task<int> InsertMissing(IReadOnlyList<VillageInfo> villages, int weekYear, int week, DateOnly dueBy, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sqlite = db.Database.ProviderName == ModuleDbContext.SqliteProviderName;
        var created = 0;
        foreach (var batch in sqlite ? villages.Chunk(VillagesPerStatement) : [[.. villages]])
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            AddRoundParameters(command, weekYear, week, dueBy, now);
            command.CommandText = sqlite ? InsertFromValues(command, batch) : InsertFromArrays(command, batch);
            created += await command.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return created;
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

    /// <summary>VALUES columns are column1, column2; the WHERE lets SQLite read ON CONFLICT as the upsert clause, not a join's ON.</summary>
    private string InsertFromValues(DbCommand command, VillageInfo[] batch)
    {
        var township = db.ColumnMappingOf<DueInspection>(nameof(DueInspection.TownshipId));
        var village = db.ColumnMappingOf<DueInspection>(nameof(DueInspection.VillageId));
        for (var i = 0; i < batch.Length; i++)
        {
            command.Parameters.Add(township.CreateParameter(command, $"@t{i}", batch[i].TownshipId));
            command.Parameters.Add(village.CreateParameter(command, $"@v{i}", batch[i].Id));
        }

        return Insert($"SELECT column1, column2, @weekYear, @week, @dueBy, @now FROM (VALUES {string.Join(", ", batch.Select((_, i) => $"(@t{i}, @v{i})"))}) AS v WHERE true");
    }

    /// <summary>Two uuid[] parameters unnested side by side into (township, village) rows.</summary>
    private string InsertFromArrays(DbCommand command, VillageInfo[] batch)
    {
        command.WithParameter("@townships", batch.Select(v => v.TownshipId).ToArray()).WithParameter("@villages", batch.Select(v => v.Id).ToArray());
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
