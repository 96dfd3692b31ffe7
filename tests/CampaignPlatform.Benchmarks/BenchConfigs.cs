using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CampaignPlatform.Benchmarks;

/// <summary>
/// Runs in this process (no generated project to build on a small shared machine), with allocations measured. Every
/// benchmark class has a bare baseline, so the Ratio column is the result that travels between machines.
/// </summary>
public class InProcessConfig : ManualConfig
{
    public InProcessConfig(Job job)
    {
        // A province-sized operation takes minutes on a shared machine: far past the in-process toolchain's default time limit.
        AddJob(job.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        AddColumn(CategoriesColumn.Default);
    }
}

/// <summary>Nanosecond-scale work: short iterations, enough of them for a stable mean.</summary>
public sealed class MicroConfig() : InProcessConfig(Job.Default.WithWarmupCount(3).WithIterationCount(10));

/// <summary>Work over a province of data (seconds per operation): one operation per iteration, a warm-up and two measured.</summary>
public sealed class ScaleConfig() : InProcessConfig(Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(1).WithIterationCount(2));

/// <summary>Reads over a province of data, measured warm: two warm-up operations, then five measured one by one.</summary>
public sealed class WarmConfig() : InProcessConfig(Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(2).WithIterationCount(5));
