using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enforcement.Frontages;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Enforcement.Pages.Enforcement;

/// <summary>
/// A township's frontage red and black lists (门前五包红黑榜) over a window, 30 days up to today unless picked: the
/// same <see cref="GetFrontageLists"/> as the API, for the township to publish and the city to check.
/// </summary>
public sealed class FrontageListsModel(IMediator mediator) : TownshipListModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    internal FrontageListsDto? Lists { get; private set; }

    public async Task OnGetAsync()
    {
        if (await PickTownshipAsync() is { } township)
        {
            await TrySendAsync(new GetFrontageLists(township, From, To), lists => (Lists, From, To) = (lists, lists.From, lists.To));
        }
    }
}
