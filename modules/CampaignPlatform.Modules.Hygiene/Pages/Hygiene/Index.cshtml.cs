using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Hygiene.Data;
using CampaignPlatform.Modules.Hygiene.Ledgers;
using CampaignPlatform.Modules.Hygiene.Sites;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Hygiene.Pages.Hygiene;

/// <summary>A township's public places with their latest facility check, filtered and paged (<see cref="SearchSites"/>).</summary>
public sealed class SitesModel(IMediator mediator) : TownshipListModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public SiteCategory? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool IncludeRetired { get; set; }

    internal Paged<SiteDto>? Sites { get; private set; }

    public async Task OnGetAsync()
    {
        if (await PickTownshipAsync() is { } township)
        {
            await TrySendAsync(new SearchSites(township, Category, Search, IncludeRetired, PageNumber, null), page => Sites = page);
        }
    }

    internal bool MayExport => MaySend<ExportHygieneLedger>();
}
