using System.Text.Json.Serialization.Metadata;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.CampaignName.Checks;
using CampaignPlatform.Modules.CampaignName.Data;
using CampaignPlatform.Modules.CampaignName.Entries;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.CampaignName;

/// <summary>
/// CAMPAIGN_NAME_ZH: townships record the campaign's work as entries; a weekly check reports a township that recorded
/// nothing for <see cref="CheckQuietTownships.QuietDays"/> days. Replace this with what the campaign does.
/// </summary>
public sealed class CampaignNameModule : IModule
{
    public const string Id = "campaign-id";

    public ModuleManifest Manifest { get; } = new(
        Id, "CAMPAIGN_NAME_ZH", "CAMPAIGN_NAME_EN", "1.0.0",
        "Entries recorded by townships; a weekly check for townships that recorded none.",
        DependsOn: ["org"]);

    public IJsonTypeInfoResolver? JsonContext => CampaignNameJson.Default;

    public void ConfigureServices(IServiceCollection services, IModuleStorage storage)
    {
        storage.AddDbContext<CampaignNameDbContext>(services);
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => EntryEndpoints.Map(api);

    public IEnumerable<RecurringCheck> RecurringChecks =>
    [
        RecurringCheck.Create<CheckQuietTownships>(CheckQuietTownships.CheckId, "0 9 * * 1", "CAMPAIGN_NAME_ZH工作检查",
            $"Reports every township where the module is on that recorded no entry in {CheckQuietTownships.QuietDays} days, once per township per week."),
    ];
}
