using System.Text.Json.Serialization.Metadata;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.DemonstrationCreation.Checks;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using CampaignPlatform.Modules.DemonstrationCreation.Ledgers;
using CampaignPlatform.Modules.DemonstrationCreation.Titles;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.DemonstrationCreation;

/// <summary>
/// 示范创建: townships apply for streets, units, campuses, hospitals, markets and villages or communities to be named
/// demonstrations; city supervisors review them on site against the criteria of the kind; a title granted at the pass
/// mark is reviewed yearly and withdrawn when a review fails or a supervisor decides. A daily check reports the reviews
/// falling due; the titles held count in the township ranking. Shipped as a plugin: the host does not reference it.
/// </summary>
public sealed class DemonstrationCreationModule : IModule
{
    public const string Id = "demo-creation";
    public const string NameZh = "示范创建";

    public ModuleManifest Manifest { get; } = new(
        Id, NameZh, "Demonstration creation", "1.0.0",
        "Demonstration streets, units, campuses, hospitals, markets and villages: criteria, applications, on-site reviews, titles reviewed yearly.",
        DependsOn: ["org"]);

    public IJsonTypeInfoResolver? JsonContext => DemonstrationCreationJson.Default;

    public void ConfigureServices(IServiceCollection services, IModuleStorage storage)
    {
        storage.AddDbContext<DemonstrationCreationDbContext>(services);
        services.AddOptions<DemonstrationOptions>().BindConfiguration(DemonstrationOptions.Section);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        DemonstrationEndpoints.Map(api);
        LedgerEndpoints.Map(api);
    }

    public IEnumerable<ModulePage> Pages =>
    [
        ModulePage.For<SearchTitles>("/demo-creation", "示范创建", "Demonstration creation"),
    ];

    public IEnumerable<RecurringCheck> RecurringChecks =>
    [
        RecurringCheck.Create<CheckReviewsDue>(CheckReviewsDue.CheckId, "30 7 * * *", "示范复审到期检查",
            "Reports every title held whose yearly review falls due within DemonstrationCreation:ReviewDueWithinDays days (default 30) or is overdue, once per title per year."),
    ];
}
