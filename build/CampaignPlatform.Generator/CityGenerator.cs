using System.Diagnostics;
using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Generator;

/// <summary>What one table received and how long it took.</summary>
public sealed record GeneratedTable(string Module, string Entity, long Rows, TimeSpan Elapsed);

/// <summary>
/// Fills a prepared, empty platform database with a city of the given size. This class and <see cref="BulkTable"/> are
/// the only code outside the modules that knows their tables: the entities and properties written are named here, one
/// method per module. Values are made from a fixed seed, so two runs make the same city. Deadlines of cases are taken
/// in calendar time (the real workflow counts working time on the city's calendar); case and item histories are not
/// generated, only their current state.
/// </summary>
public sealed class CityGenerator(IServiceProvider services, CitySize size, TimeProvider time, int seed = 2021)
{
    private const string Generator = "generator";
    private static readonly TimeSpan CityOffset = TimeSpan.FromHours(8);

    private readonly List<GeneratedTable> _tables = [];
    private readonly DateOnly _today = CityClock.Today(time);
    private readonly DateTimeOffset _now = time.GetUtcNow();

    private GeneratedCity _city = null!;

    public IReadOnlyList<GeneratedTable> Tables => _tables;

    public async Task<GeneratedCity> GenerateAsync(Action<GeneratedTable>? progress = null, CancellationToken ct = default)
    {
        _city = GeneratedCity.Plan(size, seed);
        var firstDay = _today.AddDays(-size.LogDays);
        await WriteAsync("OrgDbContext", "Township", ["Id", "Code", "Name", "Kind", "InBuiltUpArea", "SanitaryTitle", "LeaderName", "CreatedAt"],
            _city.Townships.Select(t => new object?[] { t.Id, t.Code, t.Name, t.Kind, t.InBuiltUpArea, t.SanitaryTitle, t.Leader, At(firstDay.AddDays(-1), 9) }),
            progress, ct);
        await WriteAsync("OrgDbContext", "Village", ["Id", "TownshipId", "Code", "Name", "Kind", "LeaderName", "CreatedAt"],
            _city.Villages.Select(v => new object?[] { v.Id, v.TownshipId, v.Code, v.Name, v.Kind, v.Leader, At(firstDay.AddDays(-1), 9) }),
            progress, ct);
        await WriteAsync("OrgDbContext", "ResponsibleUnit", ["Id", "Code", "Name", "ShortName"],
            _city.Units.Select(u => new object?[] { u.Id, u.Code, u.Name, u.ShortName }), progress, ct);
        await WriteAsync("EnablementDbContext", "ModuleSetting", ["TownshipId", "ModuleId", "Enabled", "ChangedAt", "ChangedBy", "Version"],
            ModuleSwitches().Select(s => new object?[] { s.TownshipId, s.ModuleId, true, _now, Generator, 1 }), progress, ct);
        await WriteAsync("EnablementDbContext", "ModuleSettingChange",
            ["TownshipId", "ModuleId", "OldEnabled", "NewEnabled", "ChangedAt", "ChangedBy", "Reason"],
            ModuleSwitches().Select(s => new object?[] { s.TownshipId, s.ModuleId, false, true, _now, Generator, "省级规模数据生成 province-scale data" }),
            progress, ct);

        var hygiene = new HygieneRows(_city, size.HygieneSites, firstDay, _today, seed);
        await WriteAsync("HygieneDbContext", "Site", HygieneRows.SiteColumns, hygiene.Sites(), progress, ct);
        await WriteAsync("HygieneDbContext", "FacilityCheck", HygieneRows.FacilityCheckColumns, hygiene.FacilityChecks(), progress, ct);
        await WriteAsync("HygieneDbContext", "DisinfectionEntry", HygieneRows.DisinfectionColumns, hygiene.Disinfections(), progress, ct);
        await SummariseAsync("HygieneSummaryBackfill", "HygieneDbContext", "DisinfectionDayTally",
            "LatestFacilityCheck, DisinfectionDay and DisinfectionDayTally (from the checks and the log)", progress, ct);

        var cases = new EnforcementRows(_city, firstDay, _now, seed);
        await WriteAsync("EnforcementDbContext", "EnforcementCase", EnforcementRows.CaseColumns, cases.Cases(size.EnforcementCases), progress, ct);
        await SummariseAsync("CaseDueTallyBackfill", "EnforcementDbContext", "CaseDueTally", "CaseDueTally and CaseDueMonthTally (from the cases)", progress, ct);

        var items = new RectificationRows(_city, firstDay, _today, seed);
        await WriteAsync("RectificationDbContext", "RectificationItem", RectificationRows.ItemColumns, items.Items(size.RectificationItems), progress, ct);
        return _city;
    }

    private IEnumerable<(Guid TownshipId, string ModuleId)> ModuleSwitches() =>
        from township in _city.Townships
        from module in township.InBuiltUpArea ? GeneratedCity.CampaignModules.Skip(1) : GeneratedCity.CampaignModules
        select (township.Id, module);

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), CityOffset);

    /// <summary>
    /// A module's summary of rows just copied (the hygiene module's latest facility checks and disinfection summary,
    /// enforcement's due tallies from the cases), made by the module's own data migration that makes them from existing rows: the migration ran when the tables were
    /// made, before these rows were there.
    /// </summary>
    private async Task SummariseAsync(
        string dataMigration, string contextName, string summaryEntity, string description, Action<GeneratedTable>? progress, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var started = Stopwatch.GetTimestamp();
        var backfill = scope.ServiceProvider.GetServices<IDataMigration>().Single(i => i.GetType().Name == dataMigration);
        await backfill.RunAsync(ct);
        var summary = ModuleTable.Of(scope, contextName, summaryEntity);
        // The table's name comes from the module's EF model, not from input.
        var count = $"SELECT count(*) AS \"Value\" FROM {summary.QualifiedName}";
        var rows = await summary.Context.Database.SqlQueryRaw<long>(count).SingleAsync(ct);
        var table = new GeneratedTable(contextName.Replace("DbContext", "", StringComparison.Ordinal), description, rows, Stopwatch.GetElapsedTime(started));
        _tables.Add(table);
        progress?.Invoke(table);
    }

    private async Task WriteAsync(
        string contextName, string entity, string[] properties, IEnumerable<object?[]> rows, Action<GeneratedTable>? progress, CancellationToken ct)
    {
        var contextType = services.GetRequiredService<PlatformStorage>().ContextTypes.Single(t => t.Name == contextName);
        using var scope = services.CreateScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
        var started = Stopwatch.GetTimestamp();
        var count = await BulkTable.WriteAsync(context, entity, properties, rows, ct: ct);
        var table = new GeneratedTable(contextName.Replace("DbContext", "", StringComparison.Ordinal), entity, count, Stopwatch.GetElapsedTime(started));
        _tables.Add(table);
        progress?.Invoke(table);
    }
}
