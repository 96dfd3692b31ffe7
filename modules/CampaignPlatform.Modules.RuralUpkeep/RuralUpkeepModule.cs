using System.Text.Json.Serialization.Metadata;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using CampaignPlatform.Modules.RuralUpkeep.Demonstrations;
using CampaignPlatform.Modules.RuralUpkeep.FiveHaves;
using CampaignPlatform.Modules.RuralUpkeep.Inspections;
using CampaignPlatform.Modules.RuralUpkeep.Ledgers;
using CampaignPlatform.Modules.RuralUpkeep.Points;
using CampaignPlatform.Modules.RuralUpkeep.Ranking;
using CampaignPlatform.Modules.RuralUpkeep.Rounds;
using CampaignPlatform.Modules.RuralUpkeep.Template;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.RuralUpkeep;

/// <summary>
/// 农村人居环境整治提升: every village keeps the "five haves" (五有) upkeep mechanism and passes regular
/// inspections against a weighted checklist; failed items become rectification work, villages left
/// uninspected are reported, and the results feed the township ranking.
/// </summary>
public sealed class RuralUpkeepModule : IModule
{
    public const string Id = "rural-upkeep";

    public ModuleManifest Manifest { get; } = new(
        Id, "农村人居环境整治", "Rural living-environment upkeep", "1.0.0",
        "Five haves per village, weighted inspections whose failures become rectification items, weekly rounds and missed-inspection sweeps.",
        DependsOn: ["org"])
    {
        DemoCity = DemoCitySwitch.OutsideBuiltUpArea,
    };

    public IJsonTypeInfoResolver? JsonContext => RuralUpkeepJson.Default;

    public void ConfigureServices(IServiceCollection services, IModuleStorage storage)
    {
        storage.AddDbContext<RuralUpkeepDbContext>(services);
        services.AddScoped<IModuleInitializer, TemplateSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        FiveHaveEndpoints.Map(api);
        TemplateEndpoints.Map(api);
        InspectionEndpoints.Map(api);
        RoundEndpoints.Map(api);
        LedgerEndpoints.Map(api);
        PointEndpoints.Map(api);
        RankingEndpoints.Map(api);
        DemonstrationEndpoints.Map(api);
    }

    public IEnumerable<ModulePage> Pages =>
    [
        ModulePage.For<GetTownshipVillages>("/rural-upkeep", "村庄长效管护", "Village upkeep"),
        ModulePage.For<GetVillageRanking>("/rural-upkeep/ranking", "村庄红黑榜", "Village ranking"),
    ];

    public IEnumerable<RecurringCheck> RecurringChecks =>
    [
        RecurringCheck.Create<CreateInspectionRound>("rural-upkeep.inspection-rounds", "0 6 * * 1", "每周巡检派发",
            "Creates one due inspection per village for the ISO week, in every township where the module is on; a second run adds nothing."),
        RecurringCheck.Create<ReportMissedInspections>("rural-upkeep.missed-inspections", "0 7 * * *", "漏检通报",
            "Reports every village without an inspection in 14 days as a problem for rectification, once per village per fortnight while it stays uninspected."),
    ];
}
