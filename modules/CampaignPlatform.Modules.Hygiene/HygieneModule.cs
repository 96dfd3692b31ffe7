using System.Text.Json.Serialization.Metadata;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Hygiene.Compliance;
using CampaignPlatform.Modules.Hygiene.Dashboard;
using CampaignPlatform.Modules.Hygiene.Data;
using CampaignPlatform.Modules.Hygiene.Ledgers;
using CampaignPlatform.Modules.Hygiene.Sites;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.Hygiene;

/// <summary>
/// 勤洗手、常消毒: public places (sites) keep working handwashing facilities and disinfect on a schedule, with a log.
/// Lapses become rectification items; the two actions feed the handwashing (65) and disinfection (55) score lines.
/// </summary>
public sealed class HygieneModule : IModule
{
    public const string Id = "hygiene";
    public const string NameZh = "勤洗手常消毒";

    public ModuleManifest Manifest { get; } = new(
        Id, NameZh, "Handwashing and disinfection", "1.0.0",
        "Public places, their handwashing facilities and disinfection log; daily compliance checks, score lines, ledgers.",
        DependsOn: ["org"], IsCore: false)
    {
        DemoCity = DemoCitySwitch.Everywhere,
    };

    public IJsonTypeInfoResolver? JsonContext => HygieneJson.Default;

    public void ConfigureServices(IServiceCollection services, IModuleStorage storage)
    {
        storage.AddDbContext<HygieneDbContext>(services);
        services.AddOptions<HygieneOptions>().BindConfiguration(HygieneOptions.Section);
        services.AddScoped<IDataMigration, HygieneSummaryBackfill>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        SiteEndpoints.Map(api);
        HygieneLedgerEndpoints.Map(api);
    }

    public IEnumerable<ModulePage> Pages =>
    [
        ModulePage.For<SearchSites>("/hygiene", "场所与消毒记录", "Sites and disinfection"),
    ];

    public IEnumerable<RecurringCheck> RecurringChecks =>
    [
        RecurringCheck.Create<CheckDisinfectionCompliance>("hygiene.disinfection-compliance", "0 2 * * *", "消毒频次检查",
            "Reports every site whose disinfection log fell short of its category's frequency the day before."),
        RecurringCheck.Create<CheckFacilityOutage>("hygiene.facility-outage", "15 2 * * *", "洗手设施检查",
            "Reports every site whose latest facility check up to the day before found no working handwashing facility."),
    ];

    public IEnumerable<DashboardPanel> DashboardPanels { get; } =
        [DashboardPanel.For<GetDisinfectionCompliance, CompliancePanel>(50, "常消毒达标率", "Disinfection compliance")];
}
