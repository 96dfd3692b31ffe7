using System.Text.Json.Serialization.Metadata;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Publicity.Activities;
using CampaignPlatform.Modules.Publicity.Coverage;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Ledgers;
using CampaignPlatform.Modules.Publicity.Overview;
using CampaignPlatform.Modules.Publicity.Surveys;
using CampaignPlatform.Modules.Publicity.VillageRules;
using CampaignPlatform.Modules.Publicity.Volunteering;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.Publicity;

/// <summary>
/// 宣传动员: publicity activities by channel, volunteer service and unpaid labour, village rules agreed at household
/// meetings, and the awareness, participation and satisfaction surveys that measure it all. A township without an
/// activity for 14 days is reported; a third-party satisfaction rate of 90 % or more earns the 50-point line.
/// </summary>
public sealed class PublicityModule : IModule
{
    public const string Id = "publicity";
    public const string NameZh = "宣传动员";

    public ModuleManifest Manifest { get; } = new(
        Id, NameZh, "Publicity and mobilisation", "1.0.0",
        "Publicity activities, volunteer work, village rules and awareness/participation/satisfaction surveys; weekly coverage check, score lines, ledgers.",
        DependsOn: ["org"])
    {
        DemoCity = DemoCitySwitch.Everywhere,
        DemoCityNotStartedIn = ["红旗乡", "梅岭乡"],
    };

    public IJsonTypeInfoResolver? JsonContext => PublicityJson.Default;

    public void ConfigureServices(IServiceCollection services, IModuleStorage storage)
    {
        storage.AddDbContext<PublicityDbContext>(services);
    }

    public IEnumerable<ModulePage> Pages { get; } =
    [
        ModulePage.For<GetTownshipOverview>("/publicity", "宣传动员概况", "Publicity overview"),
        ModulePage.For<ListActivities>("/publicity/activities", "宣传活动", "Activities"),
        ModulePage.For<ListVolunteerEvents>("/publicity/volunteering", "志愿服务", "Volunteer work"),
        ModulePage.For<GetTownshipVillageRules>("/publicity/village-rules", "村规民约", "Village rules"),
        ModulePage.For<ListSurveyRounds>("/publicity/surveys", "调查", "Surveys"),
    ];

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        ActivityEndpoints.Map(api);
        VolunteerEndpoints.Map(api);
        VillageRuleEndpoints.Map(api);
        SurveyEndpoints.Map(api);
        PublicityLedgerEndpoints.Map(api);
        OverviewEndpoints.Map(api);
    }

    public IEnumerable<RecurringCheck> RecurringChecks =>
    [
        RecurringCheck.Create<CheckCoverage>(CheckCoverage.CheckId, "0 8 * * 1", "宣传覆盖检查",
            $"Reports every township where the module is on and no publicity activity was held in {CheckCoverage.QuietDays} days, once per township per ISO week."),
    ];
}
