using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Hygiene.Sites;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Hygiene.Pages.Hygiene;

/// <summary>A form that records something for one site: loads the site for the heading, sends the record, then back to the site.</summary>
public abstract class SiteFormModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid SiteId { get; set; }

    internal SiteDto? Site { get; private set; }

    protected Task<bool> LoadSiteAsync() => TrySendAsync(new GetSite(SiteId), site => Site = site);

    /// <summary>Sends the record; on success back to the site page saying what was recorded, else the form with the reasons.</summary>
    protected async Task<IActionResult> RecordAsync<TResponse>(IRequest<TResponse> record, string done)
    {
        if (await TrySendAsync(record))
        {
            return LocalRedirect($"/hygiene/sites/{SiteId}?done={done}");
        }

        return await PageAgainAsync(LoadSiteAsync);
    }
}
