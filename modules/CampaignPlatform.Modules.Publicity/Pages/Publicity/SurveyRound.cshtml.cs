using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Publicity.Surveys;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Publicity.Pages.Publicity;

/// <summary>One answer as the form sends it (<see cref="RecordAnswer"/>).</summary>
public sealed class AnswerForm
{
    public bool? Positive { get; set; }

    public Guid? VillageId { get; set; }

    public string? Note { get; set; }
}

/// <summary>Answers counted on paper as the form sends them (<see cref="RecordAnswerCounts"/>).</summary>
public sealed class AnswerCountsForm
{
    public int? SampleSize { get; set; }

    public int? PositiveCount { get; set; }

    public Guid? VillageId { get; set; }

    public string? Note { get; set; }
}

/// <summary>
/// One survey round: its rate with the 95 % Wilson interval, who entered what, and while it is open the forms to enter
/// answers one by one or as counts and to close it. Closing carries the version the page was read at, so answers
/// entered meanwhile are not closed over unseen (409, and the page shows the new result).
/// </summary>
public sealed class SurveyRoundModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid RoundId { get; set; }

    /// <summary>What was just done, after a form sent people back here.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public AnswerForm Answer { get; set; } = new();

    [BindProperty]
    public AnswerCountsForm Counts { get; set; } = new();

    [BindProperty]
    public int? ExpectedVersion { get; set; }

    internal SurveyRoundDto? Round { get; private set; }

    internal IReadOnlyList<SurveyEntryDto> Entries { get; private set; } = [];

    /// <summary>The villages answers may be placed in: the round's township's (a city-wide round takes none from the form).</summary>
    internal IReadOnlyList<VillageInfo> Villages { get; private set; } = [];

    internal Dictionary<Guid, string> VillageNames { get; } = [];

    internal bool IsOpen => Round is { ClosedAt: null };

    public Task OnGetAsync() => LoadAsync();

    public Task<IActionResult> OnPostAnswerAsync() =>
        SendAsync(new RecordAnswer(RoundId, Answer.Positive, Answer.VillageId, Answer.Note), "answered", $"{nameof(Answer)}.");

    public Task<IActionResult> OnPostCountsAsync() =>
        SendAsync(new RecordAnswerCounts(RoundId, Counts.SampleSize, Counts.PositiveCount, Counts.VillageId, Counts.Note), "counted", $"{nameof(Counts)}.");

    public Task<IActionResult> OnPostCloseAsync() => SendAsync(new CloseSurveyRound(RoundId, ExpectedVersion), "closed", "");

    private async Task<IActionResult> SendAsync(IRequest<SurveyRoundDto> request, string done, string fieldPrefix)
    {
        if (await TrySendAsync(request, fieldPrefix: fieldPrefix))
        {
            return LocalRedirect($"/publicity/surveys/{RoundId}?done={done}");
        }

        return await PageAgainAsync(LoadAsync);
    }

    private async Task LoadAsync()
    {
        if (!await TrySendAsync(new GetSurveyRound(RoundId), round => Round = round))
        {
            return;
        }

        // The close form always carries the version shown now: after a refusal the page shows the new result to close on.
        ModelState.Remove(nameof(ExpectedVersion));
        ExpectedVersion = Round!.Version;
        var ct = HttpContext.RequestAborted;
        Villages = Round.TownshipId is { } township ? await Mediator.Send(new ListVillages([township]), ct) : [];
        await TrySendAsync(new GetSurveyEntries(RoundId), entries => Entries = entries);
        foreach (var village in Villages)
        {
            VillageNames[village.Id] = village.Name;
        }

        foreach (var id in Entries.Select(e => e.VillageId).OfType<Guid>().Distinct().Where(id => !VillageNames.ContainsKey(id)).ToList())
        {
            VillageNames[id] = (await Mediator.Send(new FindVillage(id), ct))?.Name ?? "—";
        }
    }
}
