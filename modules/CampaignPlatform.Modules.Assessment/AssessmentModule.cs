using System.Text.Json.Serialization.Metadata;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Assessment.Dashboard;
using CampaignPlatform.Modules.Assessment.Data;
using CampaignPlatform.Modules.Assessment.Evidence;
using CampaignPlatform.Modules.Assessment.Facts;
using CampaignPlatform.Modules.Assessment.Schemes;
using CampaignPlatform.Modules.Assessment.Scoring;
using CampaignPlatform.Modules.Assessment.Seeding;
using CampaignPlatform.Modules.Assessment.Snapshots;
using CampaignPlatform.Modules.Assessment.Standard;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.Assessment;

/// <summary>
/// The 1000-point provincial assessment (千分制考核) and the national standard behind it: the yearly scheme as
/// data, scorecards of the city and of each township from recorded facts, exposures and the modules' score
/// contributions, red and black lists, nightly snapshots, and the evidence pack of every indicator.
/// </summary>
public sealed class AssessmentModule : IModule
{
    public const string Id = "assessment";

    public ModuleManifest Manifest { get; } = new(
        Id, "考核评估", "Assessment", "1.0.0",
        "Scores the city and its townships on the yearly scheme, ranks townships, and keeps the standard's indicators and their evidence.",
        DependsOn: ["org"], IsCore: true);

    public IJsonTypeInfoResolver? JsonContext => AssessmentJson.Default;

    public void ConfigureServices(IServiceCollection services, IModuleStorage storage)
    {
        storage.AddDbContext<AssessmentDbContext>(services);
        services.AddScoped<SchemeStore>();
        services.AddScoped<ScorecardBuilder>();
        services.AddScoped<EvidenceFiler>();
        services.AddScoped<IModuleInitializer, AssessmentSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        SchemeEndpoints.Map(api);
        FactEndpoints.Map(api);
        ScoringEndpoints.Map(api);
        StandardEndpoints.Map(api);
        EvidenceEndpoints.Map(api);
    }

    public IEnumerable<DashboardPanel> DashboardPanels { get; } =
    [
        DashboardPanel.For<GetTownshipScorecard, ScorePanel>(10, "千分制考核得分", "Score against the 1000-point scheme"),
        DashboardPanel.For<GetRankings, RankingPanel>(20, "红黑榜", "Red and black lists"),
    ];

    public IEnumerable<RecurringCheck> RecurringChecks =>
    [
        RecurringCheck.Create<RecomputeScores>(
            "assessment.recompute", "0 2 * * *", "考核得分重算",
            "Every night, stores a snapshot of the city's scorecard and of each township's."),
    ];
}
