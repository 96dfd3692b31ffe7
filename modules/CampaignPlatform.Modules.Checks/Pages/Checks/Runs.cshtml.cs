using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Checks.Listing;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Checks.Pages.Checks;

/// <summary>The runs of one check (or of all), newest first, with outcome and duration (<c>GET /api/checks/runs</c>).</summary>
public sealed class RunsModel(IMediator mediator) : PlatformPageModel(mediator)
{
    public const int Shown = 100;

    [BindProperty(SupportsGet = true)]
    public string? CheckId { get; set; }

    /// <summary>The run just queued with "run now".</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Queued { get; set; }

    internal CheckDto? Check { get; private set; }

    internal IReadOnlyList<CheckRunDto> Runs { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Runs = await Mediator.Send(new GetCheckRuns(CheckId, Shown), ct);
        Check = (await Mediator.Send(new GetChecks(), ct)).FirstOrDefault(c => c.Id == CheckId);
    }
}
