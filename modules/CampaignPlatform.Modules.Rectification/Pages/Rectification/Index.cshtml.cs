using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Rectification.Data;
using CampaignPlatform.Modules.Rectification.Items;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CampaignPlatform.Modules.Rectification.Pages.Rectification;

/// <summary>One column of the board: the items in one state, a page of them, and how many there are in all.</summary>
internal sealed record BoardColumn(ItemStatus Status, ItemPage Items)
{
    public string Title => UiText.Pick(ItemLabels.Of(Status), Status.ToString());
}

/// <summary>
/// The rectification board: items grouped by state, filtered by township, source module, overdue and listed, a page at a
/// time (the same request as <c>GET /api/rectification/items</c>, once per state). Each person sees their own items
/// through the data filters.
/// </summary>
public sealed class BoardModel(IMediator mediator, ICurrentActor actor, IModuleCatalog catalog) : PlatformPageModel(mediator)
{
    public const int ColumnSize = 10;

    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Module { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Listed { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    internal IReadOnlyList<BoardColumn> Columns { get; private set; } = [];

    internal IReadOnlyList<SelectListItem> TownshipChoices { get; private set; } = [];

    internal IReadOnlyList<SelectListItem> Modules { get; private set; } = [];

    /// <summary>The longest column decides how many pages the board has.</summary>
    internal int LongestColumn => Columns.Count == 0 ? 0 : Columns.Max(c => c.Items.Total);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        PageNumber = Math.Max(1, PageNumber);
        if (actor.Account?.TownshipId is null)
        {
            TownshipChoices = (await Mediator.Send(new ListTownships(), ct)).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();
        }

        Modules = catalog.Modules.Where(m => !m.IsCore || m.Id == RectificationModule.Id)
            .Select(m => new SelectListItem(UiText.Pick(m.NameZh, m.NameEn), m.Id)).ToList();
        var columns = new List<BoardColumn>();
        foreach (var status in Enum.GetValues<ItemStatus>())
        {
            var query = new SearchItems(TownshipId, null, null, Module, status, Overdue ? true : null, Listed ? true : null, null, null, PageNumber, ColumnSize);
            if (!await TrySendAsync(query, page => columns.Add(new BoardColumn(status, page))))
            {
                return;
            }
        }

        Columns = columns;
    }

    internal string LedgerLink(string format) => TownshipId is { } t
        ? $"/api/rectification/townships/{t}/ledgers/items?format={format}"
        : $"/api/rectification/ledgers/items?format={format}";
}
