using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.DemonstrationCreation.Applications;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using CampaignPlatform.Modules.DemonstrationCreation.Ledgers;
using CampaignPlatform.Modules.DemonstrationCreation.Titles;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.DemonstrationCreation.Pages.DemonstrationCreation;

/// <summary>
/// A township's titles (<see cref="SearchTitles"/>) and the applications waiting for their review
/// (<see cref="SearchApplications"/>), filtered by kind and state and paged, with the titles ledger button.
/// </summary>
public sealed class TitlesModel(IMediator mediator) : TownshipListModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public DemonstrationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public TitleState? State { get; set; }

    internal Paged<TitleDto>? Titles { get; private set; }

    internal Paged<ApplicationDto>? Waiting { get; private set; }

    public async Task OnGetAsync()
    {
        if (await PickTownshipAsync() is { } township)
        {
            await TrySendAsync(new SearchTitles(township, Kind, State, PageNumber, null), page => Titles = page);
            await TrySendAsync(new SearchApplications(township, Kind, ApplicationState.Submitted, 1, Paging.MaxPageSize), page => Waiting = page);
        }
    }

    internal bool MayExport => MaySend<ExportTitlesLedger>();
}
