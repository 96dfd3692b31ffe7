using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Surveys;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Publicity.Pages.Publicity;

/// <summary>
/// Survey rounds of a period by kind, newest first, each with its rate and 95 % Wilson interval (<see cref="ListSurveyRounds"/>).
/// A township officer sees their township's rounds and the city-wide ones; city roles see every round or pick a township.
/// </summary>
public sealed class SurveysModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(SupportsGet = true)]
    public SurveyKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    internal Paged<SurveyRoundDto>? Rounds { get; private set; }

    internal bool MayExport => TownshipId is not null && MaySend<Ledgers.ExportPublicityLedger>();

    public async Task OnGetAsync()
    {
        TownshipId = await PickTownshipOrAllAsync(TownshipId);
        await TrySendAsync(new ListSurveyRounds(TownshipId, Kind, From, To, Math.Max(1, PageNumber ?? 1)), rounds => Rounds = rounds);
    }
}
