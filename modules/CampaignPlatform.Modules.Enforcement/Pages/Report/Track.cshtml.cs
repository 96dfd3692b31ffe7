using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enforcement.Intake;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Enforcement.Pages.Report;

/// <summary>A report's public progress by its tracking code: the same <see cref="TrackReport"/> as <c>GET /api/enforcement/reports/{token}</c>.</summary>
[AllowAnonymous]
public sealed class TrackModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>True right after the report was sent: the page then says to keep the code.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Received { get; set; }

    internal PublicReportStatus? Status { get; private set; }

    public async Task OnGetAsync()
    {
        if (Token?.Trim() is { Length: > 0 } token)
        {
            await TrySendAsync(new TrackReport(token), status => Status = status);
        }
    }
}
