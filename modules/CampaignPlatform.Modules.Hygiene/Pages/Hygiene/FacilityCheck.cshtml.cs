using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Facilities;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Hygiene.Pages.Hygiene;

/// <summary>The handwashing facility check form: the same <see cref="RecordFacilityCheck"/> request and validator as the API.</summary>
public sealed class FacilityCheckModel(IMediator mediator, TimeProvider time) : SiteFormModel(mediator)
{
    [BindProperty]
    public DateOnly? CheckedOn { get; set; }

    [BindProperty]
    public string? Checker { get; set; }

    [BindProperty]
    public int? Total { get; set; }

    [BindProperty]
    public int? Working { get; set; }

    [BindProperty]
    public bool? SoapPresent { get; set; }

    public async Task OnGetAsync()
    {
        CheckedOn = CityClock.Today(time);
        Checker = Account?.DisplayName;
        await LoadSiteAsync();
    }

    public Task<IActionResult> OnPostAsync() =>
        RecordAsync(new RecordFacilityCheck(SiteId, CheckedOn, Checker, Total, Working, SoapPresent), "facility-check");
}
