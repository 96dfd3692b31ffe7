using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Frontages;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Enforcement.Pages.Enforcement;

/// <summary>What a frontage agreement says, as the registration and the correction forms send it; back to the list on success.</summary>
public abstract class FrontageFormModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty]
    public Guid? VillageId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public bool PartyMember { get; set; }

    [BindProperty]
    public DateOnly? AgreementSignedOn { get; set; }

    [BindProperty]
    public List<FrontageDuties> Duties { get; set; } = [];

    internal IReadOnlyList<VillageInfo> Villages { get; private set; } = [];

    internal IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    internal static IEnumerable<(FrontageDuties Duty, string Label)> AllDuties =>
        FrontageDutyList.All.Select(d => (d, UiText.Pick(FrontageDutyList.Label(d), d.ToString())));

    /// <summary>The villages of the agreement's township and the units, for the choices.</summary>
    protected async Task LoadChoicesAsync(Guid townshipId)
    {
        var ct = HttpContext.RequestAborted;
        Villages = await Mediator.Send(new ListVillages([townshipId]), ct);
        Units = (await Mediator.Send(new ListUnits(), ct)).Where(u => !u.Retired || u.Id == UnitId).ToList();
    }

    /// <summary>Sends the form's request; on success to the township's list saying what was done, else the form with the reasons.</summary>
    private protected async Task<IActionResult> SaveAsync(IRequest<FrontageDto> request, string done, Func<Task> reload)
    {
        FrontageDto? saved = null;
        if (await TrySendAsync(request, frontage => saved = frontage))
        {
            return LocalRedirect($"/enforcement/frontages?townshipId={saved!.TownshipId}&done={done}");
        }

        return await PageAgainAsync(reload);
    }
}
