using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Publicity.Overview;
using CampaignPlatform.Modules.Publicity.Surveys;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Publicity.Pages.Publicity;

/// <summary>
/// A township's publicity at a glance (the same overview as <c>GET /api/publicity/townships/{id}/overview</c>). A township
/// officer sees their own township; city roles pick one.
/// </summary>
public sealed class OverviewModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    internal TownshipOverviewDto? Overview { get; private set; }

    internal IEnumerable<(string Label, SurveyRoundDto? Round)> Surveys => Overview is null
        ? []
        :
        [
            (UiText.Pick("知晓率", "Awareness"), Overview.Awareness),
            (UiText.Pick("参与率", "Participation"), Overview.Participation),
            (UiText.Pick("满意度（第三方）", "Satisfaction (third party)"), Overview.Satisfaction),
        ];

    internal bool MayExport => MaySend<Ledgers.ExportPublicityLedger>();

    /// <summary>The period of the overview, for the ledger links.</summary>
    internal string PeriodQuery => (From is { } from ? $"&from={from:yyyy-MM-dd}" : "") + (To is { } to ? $"&to={to:yyyy-MM-dd}" : "");

    public async Task OnGetAsync()
    {
        TownshipId = await PickTownshipAsync(TownshipId);
        if (TownshipId is { } township)
        {
            await TrySendAsync(new GetTownshipOverview(township, From, To), overview => Overview = overview);
        }
    }
}
