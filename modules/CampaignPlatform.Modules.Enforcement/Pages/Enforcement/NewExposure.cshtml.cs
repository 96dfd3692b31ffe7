using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enforcement.Cases;
using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Exposures;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Enforcement.Pages.Enforcement;

/// <summary>
/// Records an exposure (曝光登记): the same <see cref="RecordExposure"/> request and validator as the API. Opened from a
/// case, it is about that case and its township; a provincial undercover exposure costs the township (or the city) its
/// points in the assessment.
/// </summary>
public sealed class NewExposureModel(IMediator mediator, TimeProvider time) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid? CaseId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty]
    public ExposureKind? Kind { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public string? Outlet { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    /// <summary>The case the exposure is about, when the form was opened from one.</summary>
    internal CaseDto? Case { get; private set; }

    internal bool MayRecord => MaySend<RecordExposure>();

    public async Task OnGetAsync()
    {
        Date = CityClock.Today(time);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Page();
        }

        ExposureDto? saved = null;
        if (await TrySendAsync(new RecordExposure(Kind, Date, TownshipId, CaseId, Outlet, Description), e => saved = e))
        {
            var township = saved!.TownshipId is { } t ? $"&townshipId={t}" : "";
            return LocalRedirect($"/enforcement/exposures?year={saved.Date.Year}{township}&done=recorded");
        }

        return await PageAgainAsync(() => LoadAsync());
    }

    /// <summary>The townships to pick from, and the case with its township when there is one; false when the case cannot be read.</summary>
    private async Task<bool> LoadAsync()
    {
        var wanted = TownshipId;
        await PickTownshipAsync(wanted);
        if (CaseId is { } caseId)
        {
            if (!await TrySendAsync(new GetCase(caseId), c => Case = c))
            {
                return false;
            }

            wanted = Case!.TownshipId;
        }

        TownshipId = Townships.Any(t => t.Id == wanted) ? wanted : null;
        return true;
    }
}
