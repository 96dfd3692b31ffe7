using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Publicity.Pages.Publicity;

/// <summary>The organiser as the form sends it: a kind, the unit when the kind is a unit, a name.</summary>
public sealed class OrganiserForm
{
    public OrganiserKind? Kind { get; set; }

    public Guid? UnitId { get; set; }

    public string? Name { get; set; }

    /// <summary>The unit list always sends a value; it counts only for a unit organiser, as the API expects.</summary>
    internal OrganiserInput ToInput() => new(Kind, Kind == OrganiserKind.Unit ? UnitId : null, Name);
}

/// <summary>A form that records something of a township (an activity, a volunteer event): township, village and organiser.</summary>
public abstract class PublicityFormModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty]
    public Guid? VillageId { get; set; }

    [BindProperty]
    public OrganiserForm Organiser { get; set; } = new();

    internal IReadOnlyList<VillageInfo> Villages { get; private set; } = [];

    internal IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    protected async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        TownshipId = await PickTownshipAsync(TownshipId);
        Villages = TownshipId is { } township ? await Mediator.Send(new ListVillages([township]), ct) : [];
        Units = (await Mediator.Send(new ListUnits(), ct)).Where(u => !u.Retired).ToList();
    }

    /// <summary>Sends the record for the township picked; on success to <paramref name="list"/> saying it was recorded.</summary>
    protected async Task<IActionResult> RecordAsync<TResponse>(Func<Guid, IRequest<TResponse>> record, string list)
    {
        await LoadAsync();
        if (TownshipId is { } township && await TrySendAsync(record(township)))
        {
            return LocalRedirect($"{list}?townshipId={township}&recorded=true");
        }

        return Page();
    }
}
