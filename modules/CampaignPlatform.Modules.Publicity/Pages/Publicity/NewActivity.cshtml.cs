using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Publicity.Activities;
using CampaignPlatform.Modules.Publicity.Data;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Publicity.Pages.Publicity;

/// <summary>Records an activity: the same <see cref="RecordActivity"/> request and validator as the API.</summary>
public sealed class NewActivityModel(IMediator mediator, TimeProvider time) : PublicityFormModel(mediator)
{
    [BindProperty]
    public Channel? Channel { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    public int? Participants { get; set; }

    [BindProperty]
    public int? EstimatedReach { get; set; }

    [BindProperty]
    public string? EvidenceNote { get; set; }

    public async Task OnGetAsync()
    {
        HeldOn = CityClock.Today(time);
        await LoadAsync();
    }

    public Task<IActionResult> OnPostAsync() => RecordAsync(
        township => new RecordActivity(township, VillageId, Channel, Title, HeldOn, Organiser.ToInput(), Participants, EstimatedReach, EvidenceNote),
        "/publicity/activities");
}
