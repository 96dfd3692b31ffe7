using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Checks.Listing;
using CampaignPlatform.Modules.Checks.Running;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Checks.Pages.Checks;

/// <summary>
/// The recurring checks with their next and last run (<c>GET /api/checks</c>), and, for city administrators, a "run now"
/// button per check that queues a run like <c>POST /api/checks/{id}/run</c>.
/// </summary>
public sealed class ListModel(IMediator mediator, ICurrentActor actor) : PlatformPageModel(mediator)
{
    internal IReadOnlyList<CheckDto> Checks { get; private set; } = [];

    /// <summary>Whether this person may run a check now (the roles of <see cref="RunCheckNow"/>).</summary>
    internal bool MayRun => actor.Account is { } account && AccessRules.MaySend<RunCheckNow>(account.Role);

    /// <summary>The check just queued (after the redirect that follows it).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Queued { get; set; }

    public async Task OnGetAsync() => Checks = await Mediator.Send(new GetChecks(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostRunAsync(string checkId)
    {
        RunQueuedDto? queued = null;
        if (await TrySendAsync(new RunCheckNow(checkId), q => queued = q))
        {
            return LocalRedirect($"/checks/runs?checkId={Uri.EscapeDataString(queued!.CheckId)}&queued={queued.RunId}");
        }

        await OnGetAsync();
        return Page();
    }
}
