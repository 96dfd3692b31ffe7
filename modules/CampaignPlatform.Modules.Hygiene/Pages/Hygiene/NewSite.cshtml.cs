using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Hygiene.Data;
using CampaignPlatform.Modules.Hygiene.Sites;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Hygiene.Pages.Hygiene;

/// <summary>
/// Registers a public place: the same <see cref="CreateSite"/> request and validator as the API. City roles pick the
/// township first (a plain GET form), so the village list is that township's and works without JavaScript.
/// </summary>
public sealed class NewSiteModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty]
    public Guid? VillageId { get; set; }

    [BindProperty]
    public SiteCategory? Category { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public Guid? ResponsibleUnitId { get; set; }

    /// <summary>The villages of the township picked (a province's townships hold 100,000 of them: never all at once).</summary>
    internal IReadOnlyList<VillageInfo> Villages { get; private set; } = [];

    internal IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        SiteDto? created = null;
        if (TownshipId is { } township
            && await TrySendAsync(new CreateSite(township, VillageId, Category, Name, Address, ResponsibleUnitId), site => created = site))
        {
            return LocalRedirect($"/hygiene/sites/{created!.Id}?done=site");
        }

        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        TownshipId = await PickTownshipAsync(TownshipId);
        Villages = TownshipId is { } township ? await Mediator.Send(new ListVillages([township]), ct) : [];
        Units = (await Mediator.Send(new ListUnits(), ct)).Where(u => !u.Retired).ToList();
    }
}
