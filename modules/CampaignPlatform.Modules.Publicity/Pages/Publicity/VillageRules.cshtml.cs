using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Publicity.VillageRules;
using MediatR;

namespace CampaignPlatform.Modules.Publicity.Pages.Publicity;

/// <summary>Every village of a township with its rules in force (村规民约), or none yet.</summary>
public sealed class VillageRulesModel(IMediator mediator) : TownshipListModel(mediator)
{
    internal IReadOnlyList<VillageRuleStatusDto> Villages { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (await PickTownshipAsync() is { } township)
        {
            await TrySendAsync(new GetTownshipVillageRules(township), villages => Villages = villages);
        }
    }
}
