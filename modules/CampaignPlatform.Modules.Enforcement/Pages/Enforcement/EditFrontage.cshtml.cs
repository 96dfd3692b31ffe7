using CampaignPlatform.Modules.Enforcement.Frontages;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Enforcement.Pages.Enforcement;

/// <summary>
/// Corrects a frontage agreement: the same <see cref="CorrectFrontage"/> request and validator as the API. The form
/// carries the version it was read at, so a correction someone else saved meanwhile is refused (409), not overwritten.
/// </summary>
public sealed class EditFrontageModel(IMediator mediator) : FrontageFormModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid FrontageId { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    internal FrontageDto? Frontage { get; private set; }

    public async Task OnGetAsync()
    {
        if (await LoadAsync())
        {
            var f = Frontage!;
            (VillageId, Name, Address, UnitId, PartyMember, AgreementSignedOn, Duties, Version) =
                (f.VillageId, f.Name, f.Address, f.UnitId, f.PartyMember, f.AgreementSignedOn, f.Duties.ToList(), f.Version);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Page();
        }

        return await SaveAsync(
            new CorrectFrontage(FrontageId, VillageId, Name, Address, UnitId, PartyMember, AgreementSignedOn, Duties, Version), "corrected", () => LoadAsync());
    }

    private async Task<bool> LoadAsync()
    {
        if (!await TrySendAsync(new GetFrontage(FrontageId), frontage => Frontage = frontage))
        {
            return false;
        }

        await LoadChoicesAsync(Frontage!.TownshipId);
        return true;
    }
}
