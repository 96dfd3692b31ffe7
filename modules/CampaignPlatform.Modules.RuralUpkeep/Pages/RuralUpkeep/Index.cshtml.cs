using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.RuralUpkeep.FiveHaves;
using CampaignPlatform.Modules.RuralUpkeep.Inspections;
using CampaignPlatform.Modules.RuralUpkeep.Ledgers;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.RuralUpkeep.Pages.RuralUpkeep;

/// <summary>
/// A township's villages with their five haves and latest inspection (<see cref="GetTownshipVillages"/>), filtered by
/// name and by whether the mechanism is complete, a page at a time. A township has tens of villages, all read at once.
/// </summary>
public sealed class VillagesModel(IMediator mediator) : TownshipListModel(mediator), IPagedQuery
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    /// <summary>True: complete mechanisms only; false: incomplete only; none: all.</summary>
    [BindProperty(SupportsGet = true)]
    public bool? Complete { get; set; }

    int? IPagedQuery.Page => Math.Max(1, PageNumber ?? 1);

    int? IPagedQuery.PageSize => Paging.DefaultPageSize;

    internal Paged<VillageFiveHavesDto>? Villages { get; private set; }

    public async Task OnGetAsync()
    {
        TownshipId ??= await TownshipsWhereOn.FirstAsync(Mediator, HttpContext.RequestAborted);
        if (await PickTownshipAsync() is { } township)
        {
            await TrySendAsync(new GetTownshipVillages(township), all => Villages = all
                .Where(v => string.IsNullOrWhiteSpace(Search) || v.VillageName.Contains(Search.Trim(), StringComparison.Ordinal))
                .Where(v => Complete is null || v.MechanismComplete == Complete)
                .ToList().ToPaged(this));
        }
    }

    internal bool MayInspect => MaySend<RecordInspection>();

    internal bool MayExport => MaySend<ExportInspectionLedger>();
}
