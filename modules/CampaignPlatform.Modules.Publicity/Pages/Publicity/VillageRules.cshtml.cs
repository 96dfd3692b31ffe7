using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Publicity.VillageRules;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Publicity.Pages.Publicity;

/// <summary>Every village of a township with its rules in force (村规民约), or none yet.</summary>
public sealed class VillageRulesModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    internal IReadOnlyList<VillageRuleStatusDto> Villages { get; private set; } = [];

    public async Task OnGetAsync()
    {
        TownshipId = await PickTownshipAsync(TownshipId);
        if (TownshipId is { } township)
        {
            await TrySendAsync(new GetTownshipVillageRules(township), villages => Villages = villages);
        }
    }
}
