using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Rectification.Items;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CampaignPlatform.Modules.Rectification.Pages.Rectification;

/// <summary>
/// One rectification item: its details, the steps the signed-in person may take as buttons (the same requests as
/// <c>POST /api/rectification/items/{id}/{step}</c>, sent with the version shown so that a stale page is refused with 409),
/// and its history. An unknown item, or one outside the person's scope, is 404.
/// </summary>
public sealed class ItemModel(IMediator mediator, ICurrentActor actor, IModuleCatalog catalog) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public long ItemId { get; set; }

    [BindProperty]
    public int? ExpectedVersion { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public string? FixDescription { get; set; }

    [BindProperty]
    public string? EvidenceNote { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public bool? FixHolds { get; set; }

    /// <summary>The step just taken (after the redirect that follows it).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    internal ItemDetailDto Detail { get; private set; } = null!;

    internal IReadOnlyList<ItemStepOffer> Steps { get; private set; } = [];

    internal IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public Task OnGetAsync() => LoadAsync();

    public Task<IActionResult> OnPostClaimAsync() => StepAsync("claim", new ClaimItem(UnitId, Note));

    public Task<IActionResult> OnPostSubmitAsync() => StepAsync("submit", new SubmitFix(FixDescription, EvidenceNote));

    public Task<IActionResult> OnPostCloseAsync() => StepAsync("close", new CloseItem(Note));

    public Task<IActionResult> OnPostReturnAsync() => StepAsync("return", new ReturnItem(Reason));

    public Task<IActionResult> OnPostLookbackAsync() => StepAsync("lookback", new RecordLookback(FixHolds, Note));

    public Task<IActionResult> OnPostListAsync() => StepAsync("list", new ListItem(Reason));

    public Task<IActionResult> OnPostUnlistAsync() => StepAsync("unlist", new UnlistItem(Note));

    private async Task<IActionResult> StepAsync(string handler, ItemStep step)
    {
        if (await TrySendAsync(step with { ItemId = ItemId, ExpectedVersion = ExpectedVersion }))
        {
            return LocalRedirect($"/rectification/items/{ItemId}?done={handler}");
        }

        // Refused: show the item as it is now, the reason on top or beside the fields.
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Detail = await Mediator.Send(new GetItem(ItemId), ct);
        Steps = actor.Account is { } account ? ItemStepOffer.For(Detail.Item, account.Role) : [];
        if (Steps.Any(s => s.Handler == "claim"))
        {
            Units = (await Mediator.Send(new ListUnits(), ct)).Where(u => !u.Retired)
                .Select(u => new SelectListItem(u.Name, u.Id.ToString(), u.Id == (UnitId ?? actor.Account?.UnitId))).ToList();
        }
    }

    /// <summary>A history entry's action in words; the steps by their button's label.</summary>
    internal static string ActionLabel(string action) => ItemStepOffer.All.FirstOrDefault(s => s.Handler == action) is { } step
        ? step.Label
        : action switch
        {
            "open" => UiText.Pick("登记", "Opened"),
            "reopen" => UiText.Pick("回头看未通过，重新整改", "Reopened at look-back"),
            "lookback-confirm" => UiText.Pick("回头看确认", "Look-back confirmed"),
            "lookback-due" => UiText.Pick("回头看到期", "Look-back due"),
            "overdue" => UiText.Pick("逾期", "Overdue"),
            _ => action,
        };

    /// <summary>The module the item came from, by its name.</summary>
    internal string SourceModuleName => catalog.Find(Detail.Item.SourceModule) is { } module
        ? UiText.Pick(module.NameZh, module.NameEn)
        : Detail.Item.SourceModule;

    internal static string CityTime(DateTimeOffset at) => CityClock.ToCityTime(at).ToString("yyyy-MM-dd HH:mm");

    internal string? DoneMessage => ItemStepOffer.All.FirstOrDefault(s => s.Handler == Done) is { } step
        ? UiText.Pick($"已{step.LabelZh}。", $"{step.LabelEn}: done.")
        : null;
}
