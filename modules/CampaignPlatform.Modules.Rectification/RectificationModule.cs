using System.Text.Json.Serialization.Metadata;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Rectification.Dashboard;
using CampaignPlatform.Modules.Rectification.Data;
using CampaignPlatform.Modules.Rectification.Items;
using CampaignPlatform.Modules.Rectification.Ledger;
using CampaignPlatform.Modules.Rectification.Meetings;
using CampaignPlatform.Modules.Rectification.Sweeps;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.Rectification;

/// <summary>
/// 问题整改: every problem found becomes an item with a responsible unit and a deadline, is claimed, fixed,
/// verified and closed, and re-checked later; overdue and serious items go under listed supervision.
/// Also keeps the dispatch meetings and weekly studies (调度、学习) and flags where they lapse.
/// </summary>
public sealed class RectificationModule : IModule
{
    public const string Id = "rectification";

    public ModuleManifest Manifest { get; } = new(
        Id, "问题整改", "Rectification", "1.0.0",
        "Rectification lists: items from every module and from supervision, their life to sign-off and look-back, dispatch meetings.",
        DependsOn: ["org"], IsCore: true);

    public IJsonTypeInfoResolver? JsonContext => RectificationJson.Default;

    public void ConfigureServices(IServiceCollection services, IModuleStorage storage)
    {
        storage.AddDbContext<RectificationDbContext>(services);
        services.AddOptions<RectificationOptions>().BindConfiguration(RectificationOptions.Section);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        ItemEndpoints.Map(api);
        LedgerEndpoints.Map(api);
        MeetingEndpoints.Map(api);
    }

    public IEnumerable<ModulePage> Pages { get; } = [ModulePage.For<SearchItems>("/rectification", "整改看板", "Rectification board")];

    public IEnumerable<DashboardPanel> DashboardPanels { get; } =
        [DashboardPanel.For<SearchItems, AttentionPanel>(30, "逾期与挂牌督办", "Overdue and listed items")];

    public IEnumerable<RecurringCheck> RecurringChecks =>
    [
        RecurringCheck.Create<SweepOverdueItems>("rectification.overdue-sweep", "0 1 * * *", "逾期清理",
            "Marks items past their deadline as overdue and puts those overdue by 7 days or more under listed supervision."),
        RecurringCheck.Create<OpenDueLookbacks>("rectification.lookback-due", "30 1 * * *", "回头看到期",
            "Opens the look-backs (回头看) of closed items that fell due."),
        RecurringCheck.Create<FlagMeetingGaps>("rectification.meeting-cadence", "0 8 * * *", "调度学习检查",
            "Flags townships with no weekly study in 7 days and the city with no dispatch meeting in 14 days."),
    ];
}
