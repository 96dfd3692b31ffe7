using BenchmarkDotNet.Attributes;
using CampaignPlatform.Generator;
using CampaignPlatform.TestModules.Sample;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Benchmarks;

/// <summary>
/// What the MediatR pipeline (logging, permission, validation, module enablement) costs a request, against the same
/// handler called directly. Both sides open a DI scope per call, as an HTTP request does. Two requests of the sample
/// module: a village-scoped query that touches no database (the pipeline's cost laid bare) and a township-scoped,
/// validated command that inserts a row (the cost next to real work). A tiny generated city on SQLite; no setup needed.
/// </summary>
[Config(typeof(MicroConfig))]
public class PipelineBenchmarks
{
    private const string Query = "Village query, no database";
    private const string Command = "Township command, one insert";

    private string _dataDirectory = null!;
    private WebApplication _app = null!;
    private Guid _township;
    private Guid _village;

    [GlobalSetup]
    public void Setup()
    {
        _dataDirectory = Path.Combine(Path.GetTempPath(), "campaign-bench", Guid.NewGuid().ToString("N"));
        _app = PreparedPlatform.StartAsync(DatabaseTarget.Sqlite(_dataDirectory), [new("Modules:EnabledByDefault:0", "sample")]).GetAwaiter().GetResult();
        var city = new CityGenerator(_app.Services, CitySize.Tiny, TimeProvider.System).GenerateAsync().GetAwaiter().GetResult();
        _township = city.Townships[0].Id;
        _village = city.VillagesOf[_township][0].Id;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [BenchmarkCategory(Query), Benchmark(Baseline = true, Description = "direct handler")]
    public async Task<string> QueryDirect()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRequestHandler<DescribeVillage, string>>().Handle(new DescribeVillage(_village), default);
    }

    [BenchmarkCategory(Query), Benchmark(Description = "through the pipeline")]
    public async Task<string> QueryThroughPipeline()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new DescribeVillage(_village));
    }

    [BenchmarkCategory(Command), Benchmark(Baseline = true, Description = "direct handler")]
    public async Task<SampleRecord> CommandDirect()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<IRequestHandler<RecordSample, SampleRecord>>();
        return await handler.Handle(new RecordSample("巡查记录") { TownshipId = _township }, default);
    }

    [BenchmarkCategory(Command), Benchmark(Description = "through the pipeline")]
    public async Task<SampleRecord> CommandThroughPipeline()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordSample("巡查记录") { TownshipId = _township });
    }
}
