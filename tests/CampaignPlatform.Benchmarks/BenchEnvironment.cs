using CampaignPlatform.Generator;
using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Benchmarks;

/// <summary>
/// Which province-sized database the data benchmarks read, from the environment (so that BenchmarkDotNet's runs see it):
/// <c>CAMPAIGN_BENCH_PROVIDER</c> (Sqlite, the default, or Postgres), <c>CAMPAIGN_BENCH_DATA</c> (the data directory;
/// default <c>data-province</c>) and, for PostgreSQL, <c>CAMPAIGN_BENCH_CONNECTION</c>. Fill it first with the generator.
/// </summary>
public static class BenchEnvironment
{
    public static DatabaseTarget Province
    {
        get
        {
            var directory = Environment.GetEnvironmentVariable("CAMPAIGN_BENCH_DATA") is { Length: > 0 } dir ? dir : "data-province";
            var provider = Environment.GetEnvironmentVariable("CAMPAIGN_BENCH_PROVIDER") is { Length: > 0 } text
                ? Enum.Parse<DatabaseProvider>(text, ignoreCase: true)
                : DatabaseProvider.Sqlite;
            return provider == DatabaseProvider.Postgres
                ? DatabaseTarget.Postgres(Environment.GetEnvironmentVariable("CAMPAIGN_BENCH_CONNECTION")
                    ?? throw new InvalidOperationException("CAMPAIGN_BENCH_PROVIDER=Postgres needs CAMPAIGN_BENCH_CONNECTION."), directory)
                : DatabaseTarget.Sqlite(directory);
        }
    }

    /// <summary>A peak working set line in the benchmark's log (in-process runs share one process, so it is the peak so far).</summary>
    public static void ReportPeakWorkingSet(string what)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        Console.WriteLine($"// Peak working set after {what}: {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    }
}
