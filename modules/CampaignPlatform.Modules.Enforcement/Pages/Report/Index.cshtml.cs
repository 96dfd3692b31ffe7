using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Intake;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.Enforcement.Pages.Report;

/// <summary>
/// 随手拍 for citizens, no account: the same <see cref="SubmitReport"/> as <c>POST /api/enforcement/reports</c> — the same
/// photo checks, the same per-address limit, and an idempotency key fixed when the form is shown, so a form sent twice
/// (a double tap, a retry on a bad connection) files one report. The receipt goes to the tracking page.
/// </summary>
[AllowAnonymous]
public sealed class ReportModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty]
    public Guid? TownshipId { get; set; }

    [BindProperty]
    public CaseCategory? Category { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public double? Latitude { get; set; }

    [BindProperty]
    public double? Longitude { get; set; }

    [BindProperty]
    public string? ContactPhone { get; set; }

    [BindProperty]
    public string? IdempotencyKey { get; set; }

    public async Task OnGetAsync()
    {
        TownshipId = await PickTownshipAsync(null);
        IdempotencyKey = Guid.NewGuid().ToString("N");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var wanted = TownshipId;
        await PickTownshipAsync(wanted);
        var limiter = HttpContext.RequestServices.GetRequiredService<IntakeRateLimiter>();
        if (await limiter.AcquireAsync(HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", HttpContext.RequestAborted) is { } wait)
        {
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            ShowRefusal(UiText.Pick("提交过于频繁，请稍后再试。", "Too many reports from this address; try again in a minute."));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        ReportReceipt? receipt = null;
        var sent = await TryAsync(async ct =>
        {
            var township = wanted ?? throw IntakeEndpoints.Missing(nameof(TownshipId));
            var photos = await PhotoTypes.ReadAsync(Request.Form.Files, ct);
            var report = new SubmitReport(township, null, Category, Description, Address, Latitude, Longitude, ContactPhone, photos, IdempotencyKey);
            receipt = await IntakeEndpoints.Submit(Mediator, report, ct);
        });
        if (sent)
        {
            return LocalRedirect($"/report/track?token={Uri.EscapeDataString(receipt!.TrackingToken)}&received=true");
        }

        return Page();
    }
}
