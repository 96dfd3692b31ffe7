using BenchmarkDotNet.Attributes;
using CampaignPlatform.Generator;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Benchmarks;

/// <summary>
/// The assessment's scorecards over HTTP, warm: the red and black lists (every one of the 150 townships scored) and the
/// city's card. Baseline: one grouped count per township over each table the score lines read on the province — the
/// hygiene sites, their kept latest facility checks (which the handwashing line reads instead of every check), the
/// disinfection summary's month and day tallies (which the disinfection line reads instead of the log) and
/// enforcement's month due tallies (which the on-time line reads for whole months instead of the cases; the day tallies
/// of a part month, a few days, are left out) — the bare reading of the same rows,
/// without scoring them. Tables the province leaves empty (inspections, mechanisms, surveys) add nothing and are left
/// out, and so are the villages: rural upkeep asks for them only when an inspection or a complete mechanism is there to rank.
/// </summary>
[Config(typeof(WarmConfig))]
public class ScorecardBenchmarks
{
    /// <summary>Each table and the column its rows are grouped by: the township, or for the latest checks (kept per site) their date.</summary>
    private static readonly (string Context, string Entity, string GroupBy)[] ScoredTables =
    [
        ("HygieneDbContext", "Site", "TownshipId"), ("HygieneDbContext", "LatestFacilityCheck", "CheckedOn"),
        ("HygieneDbContext", "DisinfectionMonthTally", "TownshipId"), ("HygieneDbContext", "DisinfectionDayTally", "TownshipId"),
        ("EnforcementDbContext", "CaseDueMonthTally", "TownshipId"),
    ];

    private ServedProvince _province = null!;

    [GlobalSetup]
    public void Setup() => _province = ServedProvince.StartAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _province.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "bare grouped counts")]
    public async Task<int> BareCounts()
    {
        using var scope = _province.App.Services.CreateScope();
        var rows = 0;
        foreach (var (context, entity, groupBy) in ScoredTables)
        {
            rows += await ModuleTable.Of(scope, context, entity).ReadAllAsync($"SELECT \"{groupBy}\", count(*) FROM {{table}} GROUP BY \"{groupBy}\"");
        }

        return rows;
    }

    [Benchmark(Description = "GET /api/assessment/rankings (150 townships)")]
    public Task<int> Rankings() => _province.GetAsync("/api/assessment/rankings");

    [Benchmark(Description = "GET /api/assessment/scorecard (city)")]
    public Task<int> CityScorecard() => _province.GetAsync("/api/assessment/scorecard");
}
