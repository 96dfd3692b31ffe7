using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.Publicity.Activities;
using CampaignPlatform.Modules.Publicity.Data;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Publicity.Pages.Publicity;

/// <summary>A township's publicity activities by channel and period, newest first, a page at a time (<see cref="ListActivities"/>).</summary>
public sealed class ActivitiesModel(IMediator mediator) : PeriodListModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Channel? Channel { get; set; }

    internal Paged<ActivityDto>? Activities { get; private set; }

    public async Task OnGetAsync()
    {
        if (await PickTownshipAsync() is { } township)
        {
            await TrySendAsync(new ListActivities(township, null, Channel, From, To, PageNumber, null), page => Activities = page);
        }
    }
}
