using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Enforcement.Frontages;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Enforcement.Pages.Enforcement;

/// <summary>Registers a frontage agreement (门前五包责任书): the same <see cref="RegisterFrontage"/> request and validator as the API.</summary>
public sealed class NewFrontageModel(IMediator mediator, TimeProvider time) : FrontageFormModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    public async Task OnGetAsync()
    {
        AgreementSignedOn = CityClock.Today(time);
        Duties = [.. FrontageDutyList.All];
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (TownshipId is not { } township)
        {
            return Page();
        }

        return await SaveAsync(
            new RegisterFrontage(township, VillageId, Name, Address, UnitId, PartyMember, AgreementSignedOn, Duties), "registered", LoadAsync);
    }

    private async Task LoadAsync()
    {
        TownshipId = await PickTownshipAsync(TownshipId);
        if (TownshipId is { } township)
        {
            await LoadChoicesAsync(township);
        }
    }
}
