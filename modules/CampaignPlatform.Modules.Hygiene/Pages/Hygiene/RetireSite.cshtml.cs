using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Sites;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Hygiene.Pages.Hygiene;

/// <summary>The confirmation before a site is retired (注销): the same <see cref="RetireSite"/> request and validator as the API.</summary>
public sealed class RetireSiteModel(IMediator mediator, TimeProvider time) : SiteFormModel(mediator)
{
    [BindProperty]
    public DateOnly? RetiredOn { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    public async Task OnGetAsync()
    {
        RetiredOn = CityClock.Today(time);
        if (await LoadSiteAsync())
        {
            Version = Site!.Version;
        }
    }

    public Task<IActionResult> OnPostAsync() => RecordAsync(new RetireSite(SiteId, RetiredOn, Reason, Version), "retired");
}
