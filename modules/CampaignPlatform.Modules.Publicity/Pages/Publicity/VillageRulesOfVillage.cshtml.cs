using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Publicity.VillageRules;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Publicity.Pages.Publicity;

/// <summary>
/// One village's rules: the version in force, every earlier one, and the form for a new version as its household
/// meeting agreed it (the same <see cref="AdoptVillageRules"/> request and validator as the API).
/// </summary>
public sealed class VillageRulesOfVillageModel(IMediator mediator, TimeProvider time) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid VillageId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Recorded { get; set; }

    [BindProperty]
    public DateOnly? AdoptedOn { get; set; }

    [BindProperty]
    public DateOnly? MeetingOn { get; set; }

    [BindProperty]
    public int? HouseholdsPresent { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    internal VillageRulesDto? Rules { get; private set; }

    public async Task OnGetAsync()
    {
        (AdoptedOn, MeetingOn) = (CityClock.Today(time), CityClock.Today(time));
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await TrySendAsync(new AdoptVillageRules(VillageId, AdoptedOn, MeetingOn, HouseholdsPresent, Text)))
        {
            return LocalRedirect($"/publicity/village-rules/{VillageId}?recorded=true");
        }

        return await PageAgainAsync(LoadAsync);
    }

    private Task LoadAsync() => TrySendAsync(new GetVillageRules(VillageId), rules => Rules = rules);
}
