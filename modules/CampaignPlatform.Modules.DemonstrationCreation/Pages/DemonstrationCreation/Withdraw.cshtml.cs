using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.DemonstrationCreation.Titles;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.DemonstrationCreation.Pages.DemonstrationCreation;

/// <summary>The confirmation before a supervisor withdraws a title (撤销): the same <see cref="WithdrawTitle"/> request as the API.</summary>
public sealed class WithdrawModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid TitleId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    internal TitleDto? Title { get; private set; }

    public Task OnGetAsync() => TrySendAsync(new GetTitle(TitleId), t => (Title, Version) = (t.Title, t.Title.Version));

    public async Task<IActionResult> OnPostAsync()
    {
        await TrySendAsync(new GetTitle(TitleId), t => Title = t.Title);
        return await TrySendAsync(new WithdrawTitle(TitleId, Reason, Version)) ? LocalRedirect("/demo-creation") : Page();
    }
}
