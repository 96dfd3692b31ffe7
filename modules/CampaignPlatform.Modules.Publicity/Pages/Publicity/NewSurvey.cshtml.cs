using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Surveys;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Publicity.Pages.Publicity;

/// <summary>Opens a survey round: the same <see cref="OpenSurveyRound"/> request and validator as the API; then to the round's page.</summary>
public sealed class NewSurveyModel(IMediator mediator, TimeProvider time) : PlatformPageModel(mediator)
{
    /// <summary>The township of the round; none (offered to city roles) for a city-wide round.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty]
    public SurveyKind? Kind { get; set; }

    [BindProperty]
    public SurveyConductor? Conductor { get; set; }

    [BindProperty]
    public string? AgencyName { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public DateOnly? From { get; set; }

    [BindProperty]
    public DateOnly? To { get; set; }

    /// <summary>City roles may open a city-wide round; people of one township open their township's.</summary>
    internal bool MayChooseCityWide => Townships.Count > 1;

    public async Task OnGetAsync()
    {
        (From, To) = (CityClock.Today(time), CityClock.Today(time).AddDays(30));
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        SurveyRoundDto? opened = null;
        if (await TrySendAsync(new OpenSurveyRound(Kind, Conductor, AgencyName, TownshipId, Title, From, To), round => opened = round))
        {
            return LocalRedirect($"/publicity/surveys/{opened!.Id}?done=opened");
        }

        return Page();
    }

    private async Task LoadAsync() => TownshipId = await PickTownshipOrAllAsync(TownshipId);
}
