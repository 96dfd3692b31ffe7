using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.RuralUpkeep.Demonstrations;
using CampaignPlatform.Modules.RuralUpkeep.FiveHaves;
using CampaignPlatform.Modules.RuralUpkeep.Inspections;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.RuralUpkeep.Pages.RuralUpkeep;

/// <summary>
/// One village: its five haves, its inspections (newest first, with the items failed), whether it may be named a
/// demonstration and its titles, with the proposal form (township officers) and the approval (city administrators) —
/// the API's requests, so a village that is not eligible is refused with its reasons (409).
/// </summary>
public sealed class VillageModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid VillageId { get; set; }

    /// <summary>What was just done, after a form sent people back here.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The page of the village's inspections, 1 first.</summary>
    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    [BindProperty]
    public DemonstrationKind? Kind { get; set; }

    [BindProperty]
    public string? Household { get; set; }

    internal VillageFiveHavesDto? Village { get; private set; }

    internal Paged<InspectionDto>? Inspections { get; private set; }

    internal EligibilityDto? Eligibility { get; private set; }

    internal IReadOnlyList<DemonstrationDto> Demonstrations { get; private set; } = [];

    public Task OnGetAsync() => LoadAsync();

    public Task<IActionResult> OnPostProposeAsync() => ActAsync(new ProposeDemonstration(VillageId, Kind, Household), "proposed");

    public Task<IActionResult> OnPostApproveAsync(Guid demonstrationId) => ActAsync(new ApproveDemonstration(VillageId, demonstrationId), "approved");

    internal bool MayInspect => MaySend<RecordInspection>();

    internal bool MayPropose => MaySend<ProposeDemonstration>();

    internal bool MayApprove => MaySend<ApproveDemonstration>();

    private async Task<IActionResult> ActAsync(IRequest<DemonstrationDto> action, string done)
    {
        if (await TrySendAsync(action))
        {
            return LocalRedirect($"/rural-upkeep/villages/{VillageId}?done={done}");
        }

        return await PageAgainAsync(LoadAsync);
    }

    private async Task LoadAsync()
    {
        if (await TrySendAsync(new GetVillageFiveHaves(VillageId), village => Village = village))
        {
            await TrySendAsync(new GetVillageInspections(VillageId, Math.Max(1, PageNumber ?? 1)), inspections => Inspections = inspections);
            await TrySendAsync(new GetEligibility(VillageId), eligibility => Eligibility = eligibility);
            await TrySendAsync(new GetDemonstrations(VillageId), demonstrations => Demonstrations = demonstrations);
        }
    }
}
