using BenchmarkDotNet.Attributes;
using CampaignPlatform.Generator;
using CampaignPlatform.Kernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Benchmarks;

/// <summary>
/// The daily overdue sweep (<c>rectification.overdue-sweep</c>) over the province's 1,000,000 rectification items: every
/// open item past its deadline is marked overdue and, a week past it, listed for supervision (挂牌督办), each with a history
/// entry. Baseline: the same changes as four hand-written set-based statements. Before every iteration the marks of the
/// last sweep are undone, so each iteration does the full first-day work.
/// </summary>
[Config(typeof(ScaleConfig))]
public class OverdueSweepBenchmarks
{
    private const int ListAfterOverdueDays = 7;
    private WebApplication _app = null!;

    [GlobalSetup]
    public void Setup() => _app = ProvincePlatform.Open();

    [GlobalCleanup]
    public void Cleanup()
    {
        BenchEnvironment.ReportPeakWorkingSet("the overdue sweep");
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void UndoLastSweep() => Tables(async (items, events) =>
    {
        await items.ExecuteAsync("UPDATE {table} SET \"IsOverdue\" = FALSE WHERE \"IsOverdue\"");
        await items.ExecuteAsync("UPDATE {table} SET \"Listed\" = FALSE, \"ListedReason\" = NULL, \"ListedAt\" = NULL WHERE \"Listed\" AND \"Severity\" <> 'Major'");
        await events.ExecuteAsync("DELETE FROM {table} WHERE \"Actor\" = 'system' AND \"Action\" IN ('overdue', 'list')");
    });

    [Benchmark(Baseline = true, Description = "bare set-based SQL")]
    public void BareSql() => Tables(async (items, events) =>
    {
        var now = TimeProvider.System.GetUtcNow();
        var today = CityClock.DateOf(now);
        object at = items.IsSqlite ? now.UtcTicks : now;
        const string open = "\"Status\" <> 'Closed'";
        var overdue = $"{open} AND NOT \"IsOverdue\" AND \"Deadline\" < {{0}}";
        var toList = $"{open} AND NOT \"Listed\" AND \"Deadline\" <= {{0}}";
        var listBefore = today.AddDays(-ListAfterOverdueDays);
        await using var transaction = await items.Context.Database.BeginTransactionAsync();
        await Execute(events, $"INSERT INTO {{table}} (\"ItemId\", \"At\", \"Actor\", \"Action\", \"FromStatus\", \"ToStatus\", \"Note\") " +
                              $"SELECT \"Id\", {{1}}, 'system', 'overdue', \"Status\", \"Status\", '已超过整改期限' FROM {items.QualifiedName} WHERE {overdue}", today, at);
        await Execute(items, $"UPDATE {{table}} SET \"IsOverdue\" = TRUE, \"Version\" = \"Version\" + 1 WHERE {overdue}", today);
        await Execute(events, $"INSERT INTO {{table}} (\"ItemId\", \"At\", \"Actor\", \"Action\", \"FromStatus\", \"ToStatus\", \"Note\") " +
                              $"SELECT \"Id\", {{1}}, 'system', 'list', \"Status\", \"Status\", '逾期自动挂牌督办' FROM {items.QualifiedName} WHERE {toList}", listBefore, at);
        await Execute(items, $"UPDATE {{table}} SET \"Listed\" = TRUE, \"ListedReason\" = '逾期自动挂牌督办', \"ListedAt\" = {{1}}, \"Version\" = \"Version\" + 1 WHERE {toList}",
            listBefore, at);
        await transaction.CommitAsync();
    });

    [Benchmark(Description = "overdue-sweep check")]
    public void Check() => ProvincePlatform.RunCheckAsync(_app.Services, "rectification.overdue-sweep").GetAwaiter().GetResult();

    private static Task<int> Execute(ModuleTable table, string sql, params object[] parameters) =>
        Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(
            table.Context.Database, sql.Replace("{table}", table.QualifiedName, StringComparison.Ordinal), parameters);

    private void Tables(Func<ModuleTable, ModuleTable, Task> work)
    {
        using var scope = _app.Services.CreateScope();
        var items = ModuleTable.Of(scope, "RectificationDbContext", "RectificationItem");
        var events = ModuleTable.Of(scope, "RectificationDbContext", "ItemEvent");
        work(items, events).GetAwaiter().GetResult();
    }
}
