using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enforcement.Frontages;
using MediatR;

namespace CampaignPlatform.Modules.Enforcement.Pages.Enforcement;

/// <summary>A township's frontage agreements (门前五包责任书): who signed, when, for which duties.</summary>
public sealed class FrontagesModel(IMediator mediator) : TownshipListModel(mediator)
{
    internal IReadOnlyList<FrontageDto> Frontages { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (await PickTownshipAsync() is { } township)
        {
            await TrySendAsync(new ListFrontages(township), frontages => Frontages = frontages);
        }
    }
}
