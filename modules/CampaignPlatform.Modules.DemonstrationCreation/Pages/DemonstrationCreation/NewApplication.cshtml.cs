using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.DemonstrationCreation.Applications;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.DemonstrationCreation.Pages.DemonstrationCreation;

/// <summary>A township applies (申报): the same <see cref="SubmitApplication"/> request and validator as the API.</summary>
public sealed class NewApplicationModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty]
    public DemonstrationKind? Kind { get; set; }

    [BindProperty]
    public string? PlaceName { get; set; }

    [BindProperty]
    public Guid? VillageId { get; set; }

    [BindProperty]
    public string? UnitName { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    internal IReadOnlyList<VillageInfo> Villages { get; private set; } = [];

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (TownshipId is { } township
            && await TrySendAsync(new SubmitApplication(Kind, PlaceName, VillageId, UnitName, Address) { TownshipId = township }))
        {
            return LocalRedirect($"/demo-creation?townshipId={township}");
        }

        return Page();
    }

    private async Task LoadAsync()
    {
        TownshipId = await PickTownshipAsync(TownshipId);
        Villages = TownshipId is { } township ? await Mediator.Send(new ListVillages([township]), HttpContext.RequestAborted) : [];
    }
}
