using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enforcement.Cases;
using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Ledgers;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Enforcement.Pages.Enforcement;

/// <summary>A township's cases filtered by state, category and overdue, newest first, a page at a time (<see cref="SearchCases"/>).</summary>
public sealed class CasesModel(IMediator mediator) : TownshipListModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public CaseState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseCategory? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    internal Paged<CaseSummaryDto>? Cases { get; private set; }

    public async Task OnGetAsync()
    {
        if (await PickTownshipAsync() is { } township)
        {
            await TrySendAsync(new SearchCases(township, State, Category, Overdue ? true : null, PageNumber, null), page => Cases = page);
        }
    }

    internal bool MayExport => MaySend<ExportEnforcementLedger>();
}
