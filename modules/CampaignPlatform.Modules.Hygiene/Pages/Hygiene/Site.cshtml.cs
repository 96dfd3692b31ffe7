using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Hygiene.Disinfection;
using CampaignPlatform.Modules.Hygiene.Facilities;
using CampaignPlatform.Modules.Hygiene.Sites;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Hygiene.Pages.Hygiene;

/// <summary>One site: its details, its facility checks and its disinfection log over the last 30 days (or a period asked for).</summary>
public sealed class SiteModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid SiteId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>What was just recorded, after a form sent people back here.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    internal SiteDto? Site { get; private set; }

    internal string? TownshipName { get; private set; }

    internal string? VillageName { get; private set; }

    internal string? UnitName { get; private set; }

    internal IReadOnlyList<FacilityCheckDto> FacilityChecks { get; private set; } = [];

    internal IReadOnlyList<DisinfectionDto> Disinfections { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!await TrySendAsync(new GetSite(SiteId), site => Site = site))
        {
            return;
        }

        TownshipName = (await Mediator.Send(new FindTownship(Site!.TownshipId), ct))?.Name;
        VillageName = Site.VillageId is { } village ? (await Mediator.Send(new FindVillage(village), ct))?.Name : null;
        UnitName = Site.ResponsibleUnitId is { } unit ? (await Mediator.Send(new FindUnit(unit), ct))?.Name : null;
        await TrySendAsync(new ListFacilityChecks(SiteId, From, To), checks => FacilityChecks = checks);
        await TrySendAsync(new ListDisinfections(SiteId, From, To), log => Disinfections = log);
    }

    internal bool MayRecord => Site is { RetiredOn: null } && MaySend<LogDisinfection>();

    internal bool MayChange => Site is { RetiredOn: null } && MaySend<UpdateSite>();
}
