using System.Globalization;
using BenchmarkDotNet.Attributes;
using CampaignPlatform.Generator;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Benchmarks;

/// <summary>
/// The Monday round of rural upkeep (<c>rural-upkeep.inspection-rounds</c>): one due inspection per village for the ISO
/// week, for all 100,000 villages of the province (every township is passed in, including the subdistricts where the
/// module is normally off, to reach the full count). Baseline: a raw bulk insert of the same rows (binary COPY on
/// PostgreSQL, prepared inserts in a transaction on SQLite). Before every iteration the week's rows are deleted.
/// </summary>
[Config(typeof(ScaleConfig))]
public class WeeklyRoundsBenchmarks
{
    private static readonly string[] Columns = ["TownshipId", "VillageId", "WeekYear", "Week", "DueBy", "CreatedAt"];

    private WebApplication _app = null!;
    private IReadOnlyList<Guid> _townships = null!;
    private IReadOnlyList<VillageInfo> _villages = null!;
    private int _weekYear;
    private int _week;
    private DateOnly _dueBy;

    [GlobalSetup]
    public void Setup()
    {
        _app = ProvincePlatform.Open();
        _townships = ProvincePlatform.AllTownshipsAsync(_app.Services).GetAwaiter().GetResult();
        using var scope = _app.Services.CreateScope();
        _villages = scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListVillages([.. _townships])).GetAwaiter().GetResult();
        var today = CityClock.Today(TimeProvider.System).ToDateTime(TimeOnly.MinValue);
        (_weekYear, _week) = (ISOWeek.GetYear(today), ISOWeek.GetWeekOfYear(today));
        _dueBy = DateOnly.FromDateTime(ISOWeek.ToDateTime(_weekYear, _week, DayOfWeek.Sunday));
        Console.WriteLine($"// {_villages.Count} villages in {_townships.Count} townships");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        BenchEnvironment.ReportPeakWorkingSet("the weekly rounds");
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void ForgetThisWeek()
    {
        using var scope = _app.Services.CreateScope();
        ModuleTable.Of(scope, "RuralUpkeepDbContext", "DueInspection")
            .ExecuteAsync($"DELETE FROM {{table}} WHERE \"WeekYear\" = {_weekYear} AND \"Week\" = {_week}").GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "raw bulk insert")]
    public long RawInsert()
    {
        using var scope = _app.Services.CreateScope();
        var now = TimeProvider.System.GetUtcNow();
        return ModuleTable.Of(scope, "RuralUpkeepDbContext", "DueInspection")
            .BulkWriteAsync(Columns, _villages.Select(v => new object?[] { v.TownshipId, v.Id, _weekYear, _week, _dueBy, now }))
            .GetAwaiter().GetResult();
    }

    [Benchmark(Description = "inspection-rounds check")]
    public int Check() => ProvincePlatform.RunCheckAsync(_app.Services, "rural-upkeep.inspection-rounds", _townships).GetAwaiter().GetResult().ItemsCreated;
}
