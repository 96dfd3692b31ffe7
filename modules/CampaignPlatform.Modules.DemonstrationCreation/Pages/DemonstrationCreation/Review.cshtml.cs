using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.DemonstrationCreation.Applications;
using CampaignPlatform.Modules.DemonstrationCreation.Criteria;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using CampaignPlatform.Modules.DemonstrationCreation.Reviews;
using CampaignPlatform.Modules.DemonstrationCreation.Titles;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.DemonstrationCreation.Pages.DemonstrationCreation;

/// <summary>One criterion's line of the review form.</summary>
public sealed class ScoreField
{
    public Guid CriterionId { get; set; }
    public decimal? Score { get; set; }
}

/// <summary>
/// An on-site review with a score per criterion: of an application (<see cref="ReviewApplication"/>, which grants the
/// title at the pass mark) or, given a title, its yearly review (<see cref="ReviewTitle"/>). Errors stand beside their fields.
/// </summary>
public sealed class ReviewModel(IMediator mediator, TimeProvider time) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid? ApplicationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TitleId { get; set; }

    [BindProperty]
    public DateOnly? ReviewedOn { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public List<ScoreField> Scores { get; set; } = [];

    internal string? PlaceName { get; private set; }

    internal DemonstrationKind Kind { get; private set; }

    internal IReadOnlyList<CriterionDto> Criteria { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ReviewedOn = CityClock.Today(time);
        if (await LoadAsync())
        {
            Scores = Criteria.Select(c => new ScoreField { CriterionId = c.Id }).ToList();
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Page();
        }

        var scores = Scores.Select(s => new ScoreInput(s.CriterionId, s.Score)).ToList();
        var done = TitleId is { } title
            ? await TrySendAsync(new ReviewTitle(title, ReviewedOn, scores, Note, Version))
            : await TrySendAsync(new ReviewApplication(ApplicationId!.Value, ReviewedOn, scores, Note, Version));
        return done ? LocalRedirect("/demo-creation") : Page();
    }

    /// <summary>The place and the criteria of its kind; the version only on first view, so a stale form stays stale.</summary>
    private async Task<bool> LoadAsync()
    {
        var loaded = false;
        if (TitleId is { } titleId)
        {
            loaded = await TrySendAsync(new GetTitle(titleId), t => (PlaceName, Kind, Version) = (t.Title.PlaceName, t.Title.Kind, Version ?? t.Title.Version));
        }
        else if (ApplicationId is { } applicationId)
        {
            loaded = await TrySendAsync(new GetApplication(applicationId),
                a => (PlaceName, Kind, Version) = (a.Application.PlaceName, a.Application.Kind, Version ?? a.Application.Version));
        }

        return loaded && await TrySendAsync(new ListCriteria(Kind, false), c => Criteria = c);
    }
}
