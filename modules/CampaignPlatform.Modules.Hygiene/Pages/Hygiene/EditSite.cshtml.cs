using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Hygiene.Sites;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Hygiene.Pages.Hygiene;

/// <summary>
/// Corrects a site: the same <see cref="UpdateSite"/> request and validator as the API. The form carries the version it
/// was read at, so a change someone else saved meanwhile is refused (409) rather than overwritten.
/// </summary>
public sealed class EditSiteModel(IMediator mediator) : SiteFormModel(mediator)
{
    [BindProperty]
    public Guid? VillageId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public Guid? ResponsibleUnitId { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    internal IReadOnlyList<VillageInfo> Villages { get; private set; } = [];

    internal IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (await LoadAsync())
        {
            (VillageId, Name, Address, ResponsibleUnitId, Version) = (Site!.VillageId, Site.Name, Site.Address, Site.ResponsibleUnitId, Site.Version);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        return await RecordAsync(new UpdateSite(SiteId, VillageId, Name, Address, ResponsibleUnitId, Version), "edited");
    }

    private async Task<bool> LoadAsync()
    {
        if (!await LoadSiteAsync())
        {
            return false;
        }

        var ct = HttpContext.RequestAborted;
        Villages = await Mediator.Send(new ListVillages([Site!.TownshipId]), ct);
        Units = (await Mediator.Send(new ListUnits(), ct)).Where(u => !u.Retired || u.Id == Site.ResponsibleUnitId).ToList();
        return true;
    }
}
