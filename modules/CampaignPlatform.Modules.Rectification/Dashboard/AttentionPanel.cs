using CampaignPlatform.Modules.Rectification.Items;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Rectification.Dashboard;

internal sealed record AttentionPanelModel(ItemPage Overdue, ItemPage Listed);

/// <summary>
/// The items that need pushing: overdue ones and those under listed supervision (挂牌督办), newest first, the person's
/// own through the data filters (the same request as <c>GET /api/rectification/items</c>).
/// </summary>
public sealed class AttentionPanel(IMediator mediator) : ViewComponent
{
    public const int Shown = 5;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var overdue = await mediator.Send(new SearchItems(null, null, null, null, null, true, null, null, null, 1, Shown), ct);
        var listed = await mediator.Send(new SearchItems(null, null, null, null, null, null, true, null, null, 1, Shown), ct);
        return View($"/Dashboard/{nameof(AttentionPanel)}.cshtml", new AttentionPanelModel(overdue, listed));
    }
}
