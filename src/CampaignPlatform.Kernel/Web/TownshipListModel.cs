using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Kernel.Web;

/// <summary>
/// A list of one township's records, a page at a time: the township in the filter (a township officer's own, or the
/// one a city role picked) and the page number the pager links carry.
/// </summary>
public abstract class TownshipListModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(Name = PagerTagHelper.PageParameter, SupportsGet = true)]
    public int? PageNumber { get; set; }

    /// <summary>Settles <see cref="TownshipId"/> on a township the person may see; null when there is none.</summary>
    protected async Task<Guid?> PickTownshipAsync() => TownshipId = await PickTownshipAsync(TownshipId);
}
