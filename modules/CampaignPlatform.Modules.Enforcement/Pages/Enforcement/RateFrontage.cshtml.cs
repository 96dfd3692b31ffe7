using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Frontages;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Enforcement.Pages.Enforcement;

/// <summary>
/// A patrol's rating of one frontage (门前五包评定): the same <see cref="RateFrontage"/> request and validator as the
/// API, so the third failure within 30 days opens a case here too — the list it returns to says which.
/// </summary>
public sealed class RateFrontageModel(IMediator mediator, TimeProvider time) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid FrontageId { get; set; }

    [BindProperty]
    public DateOnly? RatedOn { get; set; }

    [BindProperty]
    public string? Rater { get; set; }

    [BindProperty]
    public bool? Passed { get; set; }

    [BindProperty]
    public List<FrontageDuties> FailedDuties { get; set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    internal FrontageDto? Frontage { get; private set; }

    internal bool MayRate => MaySend<RateFrontage>();

    /// <summary>The duties the agreement holds the frontage to: the only ones a rating can find failed.</summary>
    internal IEnumerable<(FrontageDuties Duty, string Label)> Duties =>
        FrontageFormModel.AllDuties.Where(d => Frontage?.Duties.Contains(d.Duty) == true);

    public async Task OnGetAsync()
    {
        RatedOn = CityClock.Today(time);
        Rater = Account?.DisplayName;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Page();
        }

        FrontageRatingDto? rating = null;
        if (await TrySendAsync(new RateFrontage(FrontageId, RatedOn, Rater, Passed, FailedDuties, Note), r => rating = r))
        {
            var opened = rating!.CaseOpened is { } number ? $"&case={Uri.EscapeDataString(number)}" : "";
            return LocalRedirect($"/enforcement/frontages?townshipId={Frontage!.TownshipId}&done=rated{opened}");
        }

        return await PageAgainAsync(() => LoadAsync());
    }

    private Task<bool> LoadAsync() => TrySendAsync(new GetFrontage(FrontageId), frontage => Frontage = frontage);
}
