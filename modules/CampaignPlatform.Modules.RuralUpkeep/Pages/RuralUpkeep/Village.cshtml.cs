using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.RuralUpkeep.FiveHaves;
using CampaignPlatform.Modules.RuralUpkeep.Inspections;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.RuralUpkeep.Pages.RuralUpkeep;

/// <summary>One village: its five haves and its inspections, newest first, each with the items it failed.</summary>
public sealed class VillageModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid VillageId { get; set; }

    /// <summary>True right after an inspection was recorded.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Inspected { get; set; }

    internal VillageFiveHavesDto? Village { get; private set; }

    internal IReadOnlyList<InspectionDto> Inspections { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (await TrySendAsync(new GetVillageFiveHaves(VillageId), village => Village = village))
        {
            await TrySendAsync(new GetVillageInspections(VillageId), inspections => Inspections = inspections);
        }
    }

    internal bool MayInspect => MaySend<RecordInspection>();
}
