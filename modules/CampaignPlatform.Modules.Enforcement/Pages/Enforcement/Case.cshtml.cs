using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enforcement.Cases;
using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Intake;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Enforcement.Pages.Enforcement;

/// <summary>
/// One case: its details, photos and history, and the workflow steps its state allows as forms, each sending exactly
/// the API's request (so the same roles, the same 409 when someone else moved the case first). The reporter's phone is
/// a separate read, recorded in the history like the API's.
/// </summary>
public sealed class CaseModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid CaseId { get; set; }

    /// <summary>The step just taken, after the form sent people back here.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public CaseLevel? Level { get; set; }

    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public string? Handler { get; set; }

    [BindProperty]
    public bool? Passed { get; set; }

    internal CaseDto? Case { get; private set; }

    internal string? TownshipName { get; private set; }

    internal string? VillageName { get; private set; }

    internal IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    internal string? UnitName => Units.FirstOrDefault(u => u.Id == Case?.UnitId)?.Name;

    /// <summary>The reporters' numbers, once an officer asked for them.</summary>
    internal IReadOnlyList<ReporterContact>? Contacts { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public Task<IActionResult> OnPostRegisterAsync() => StepAsync(new RegisterCase(CaseId, Note), "register");

    public Task<IActionResult> OnPostRejectAsync() => StepAsync(new RejectCase(CaseId, Reason), "reject");

    public Task<IActionResult> OnPostDispatchAsync() => StepAsync(new DispatchCase(CaseId, Level, UnitId, Note), "dispatch");

    public async Task<IActionResult> OnPostHandleAsync()
    {
        IReadOnlyList<PhotoUpload> photos;
        try
        {
            photos = await PhotoTypes.ReadAsync(Request.Form.Files, HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException tooLarge)
        {
            ShowRefusal(tooLarge.Message);
            Response.StatusCode = tooLarge.StatusCode;
            return await PageAgainAsync(LoadAsync);
        }

        return await StepAsync(new HandleCase(CaseId, Handler, Note, photos), "handle");
    }

    public Task<IActionResult> OnPostVerifyAsync() => StepAsync(new VerifyCase(CaseId, Passed, Note), "verify");

    public Task<IActionResult> OnPostCloseAsync() => StepAsync(new CloseCase(CaseId, Note), "close");

    public Task<IActionResult> OnPostParkAsync() => StepAsync(new ParkCase(CaseId, Reason), "park");

    public Task<IActionResult> OnPostResumeAsync() => StepAsync(new ResumeCase(CaseId, Note), "resume");

    /// <summary>Shows the reporters' full numbers on this page (not in an address), recorded in the history by the request.</summary>
    public async Task<IActionResult> OnPostContactAsync()
    {
        await TrySendAsync(new GetCaseContact(CaseId), contacts => Contacts = contacts);
        return await PageAgainAsync(LoadAsync);
    }

    /// <summary>Whether the form of <typeparamref name="TStep"/> shows: the person may send it and the case is in one of <paramref name="states"/>.</summary>
    internal bool Offers<TStep>(params CaseState[] states) => Case is { Parked: false } c && states.Contains(c.State) && MaySend<TStep>();

    internal bool OffersResume => Case is { Parked: true } && MaySend<ResumeCase>();

    internal bool OffersContact => Case?.MaskedContactPhone is not null && MaySend<GetCaseContact>();

    private async Task<IActionResult> StepAsync(IRequest<CaseDto> step, string done)
    {
        if (await TrySendAsync(step))
        {
            return LocalRedirect($"/enforcement/cases/{CaseId}?done={done}");
        }

        return await PageAgainAsync(LoadAsync);
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!await TrySendAsync(new GetCase(CaseId), c => Case = c))
        {
            return;
        }

        TownshipName = (await Mediator.Send(new FindTownship(Case!.TownshipId), ct))?.Name;
        VillageName = Case.VillageId is { } village ? (await Mediator.Send(new FindVillage(village), ct))?.Name : null;
        Units = await Mediator.Send(new ListUnits(), ct);
    }
}
