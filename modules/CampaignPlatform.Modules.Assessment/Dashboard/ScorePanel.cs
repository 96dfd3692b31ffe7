using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Assessment.Scoring;
using CampaignPlatform.Modules.Assessment.Snapshots;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Assessment.Dashboard;

internal sealed record ScorePanelModel(ScorecardDto Card, IReadOnlyList<Kernel.Web.Charts.ChartPoint> Weekly);

/// <summary>
/// The score against the year's scheme line by line, and the score per week from the nightly snapshots: the city's for
/// city roles, their own township's for a township officer (the same requests as <c>/api/assessment/scorecard</c>,
/// <c>/townships/{id}/scorecard</c> and <c>/snapshots</c>).
/// </summary>
public sealed class ScorePanel(IMediator mediator, ICurrentActor actor, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var year = CityClock.Today(time).Year;
        var township = actor.Account?.TownshipId;
        var card = township is { } id
            ? await mediator.Send(new GetTownshipScorecard(id, year), ct)
            : await mediator.Send(new GetCityScorecard(year), ct);
        var snapshots = await mediator.Send(new GetSnapshots(year, township), ct);
        return View($"/Dashboard/{nameof(ScorePanel)}.cshtml", new ScorePanelModel(card, WeeklyScores.From(snapshots)));
    }
}
