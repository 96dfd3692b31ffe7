using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.DemonstrationCreation.Applications;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.DemonstrationCreation.Pages.DemonstrationCreation;

/// <summary>One application (示范申报): what was applied for, by whom, how it stands, its on-site reviews and, once granted, its title.</summary>
public sealed class ApplicationModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid ApplicationId { get; set; }

    internal ApplicationDetailDto? Detail { get; private set; }

    internal string? TownshipName { get; private set; }

    internal string? VillageName { get; private set; }

    public async Task OnGetAsync()
    {
        if (await TrySendAsync(new GetApplication(ApplicationId), d => Detail = d))
        {
            (TownshipName, VillageName) = await PlaceNames.OfAsync(Mediator, Detail!.Application.TownshipId, Detail.Application.VillageId, HttpContext.RequestAborted);
        }
    }
}
