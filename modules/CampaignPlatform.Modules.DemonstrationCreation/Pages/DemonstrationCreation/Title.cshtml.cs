using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.DemonstrationCreation.Titles;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.DemonstrationCreation.Pages.DemonstrationCreation;

/// <summary>One title (示范称号): when it was granted, when its yearly review is due, whether it still holds, and every review behind it.</summary>
public sealed class TitleModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid TitleId { get; set; }

    internal TitleDetailDto? Detail { get; private set; }

    internal string? TownshipName { get; private set; }

    internal string? VillageName { get; private set; }

    public async Task OnGetAsync()
    {
        if (await TrySendAsync(new GetTitle(TitleId), d => Detail = d))
        {
            (TownshipName, VillageName) = await PlaceNames.OfAsync(Mediator, Detail!.Title.TownshipId, Detail.Title.VillageId, HttpContext.RequestAborted);
        }
    }
}
