using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Volunteering;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Publicity.Pages.Publicity;

/// <summary>A township's volunteer work by kind and period, newest first, a page at a time (<see cref="ListVolunteerEvents"/>).</summary>
public sealed class VolunteeringModel(IMediator mediator) : PeriodListModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public VolunteerWorkKind? Kind { get; set; }

    internal Paged<VolunteerEventDto>? Events { get; private set; }

    public async Task OnGetAsync()
    {
        if (await PickTownshipAsync() is { } township)
        {
            await TrySendAsync(new ListVolunteerEvents(township, null, Kind, From, To, PageNumber, null), page => Events = page);
        }
    }
}
