using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Publicity.Activities;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Ledgers;
using CampaignPlatform.Modules.Publicity.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Publicity.Pages.Publicity;

/// <summary>A township's publicity activities by channel and period, newest first, a page at a time (<see cref="ListActivities"/>).</summary>
public sealed class ActivitiesModel(IMediator mediator) : TownshipListModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Channel? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Recorded { get; set; }

    internal Page<ActivityDto>? Activities { get; private set; }

    public async Task OnGetAsync()
    {
        if (await PickTownshipAsync() is { } township)
        {
            await TrySendAsync(new ListActivities(township, null, Channel, From, To, PageNumber, null), page => Activities = page);
        }
    }

    internal bool MayExport => MaySend<ExportPublicityLedger>();
}
