using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.DemonstrationCreation.Applications;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.DemonstrationCreation.Pages.DemonstrationCreation;

/// <summary>A township's applications by kind and state, newest first and paged (<see cref="SearchApplications"/>).</summary>
public sealed class ApplicationsModel(IMediator mediator) : TownshipListModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public DemonstrationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public ApplicationState? State { get; set; }

    internal Paged<ApplicationDto>? Found { get; private set; }

    public async Task OnGetAsync()
    {
        if (await PickTownshipAsync() is { } township)
        {
            await TrySendAsync(new SearchApplications(township, Kind, State, PageNumber, null), page => Found = page);
        }
    }
}
