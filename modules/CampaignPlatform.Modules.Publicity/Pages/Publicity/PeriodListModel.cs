using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Publicity.Ledgers;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Publicity.Pages.Publicity;

/// <summary>A township's publicity records over a period, a page at a time, with a ledger to export.</summary>
public abstract class PeriodListModel(IMediator mediator) : TownshipListModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>True right after the form recorded one.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Recorded { get; set; }

    internal bool MayExport => MaySend<ExportPublicityLedger>();
}
