using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Volunteering;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Publicity.Pages.Publicity;

/// <summary>Records volunteer work: the same <see cref="RecordVolunteerEvent"/> request and validator as the API.</summary>
public sealed class NewVolunteeringModel(IMediator mediator, TimeProvider time) : PublicityFormModel(mediator)
{
    [BindProperty]
    public VolunteerWorkKind? Kind { get; set; }

    [BindProperty]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    public int? Volunteers { get; set; }

    /// <summary>The event's total hours (the sum over the sign-in sheet).</summary>
    [BindProperty]
    public decimal? TotalHours { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public async Task OnGetAsync()
    {
        HeldOn = CityClock.Today(time);
        await LoadAsync();
    }

    public Task<IActionResult> OnPostAsync() => RecordAsync(
        township => new RecordVolunteerEvent(township, VillageId, HeldOn, Kind, Organiser.ToInput(), Volunteers, TotalHours, Description),
        "/publicity/volunteering");
}
