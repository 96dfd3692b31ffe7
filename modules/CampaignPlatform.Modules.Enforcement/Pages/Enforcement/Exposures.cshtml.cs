using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enforcement.Exposures;
using CampaignPlatform.Modules.Enforcement.Ledgers;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Enforcement.Pages.Enforcement;

/// <summary>
/// Exposures (曝光) of a year, newest first (<see cref="ListExposures"/>): media exposures of typical cases, joint actions
/// and provincial undercover exposures. City roles see the city's and every township's until they pick one; a township
/// officer sees their township's. The ledger button exports a township's year.
/// </summary>
public sealed class ExposuresModel(IMediator mediator, TimeProvider time) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>What was just done, after the recording form sent people back here.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    internal IReadOnlyList<ExposureDto>? Exposures { get; private set; }

    internal Dictionary<Guid, string> TownshipNames { get; private set; } = [];

    internal bool MayExport => TownshipId is not null && MaySend<ExportEnforcementLedger>();

    internal bool MayRecord => MaySend<RecordExposure>();

    public async Task OnGetAsync()
    {
        Year ??= CityClock.Today(time).Year;
        TownshipId = await PickTownshipOrAllAsync(TownshipId);
        TownshipNames = Townships.ToDictionary(t => t.Id, t => t.Name);
        await TrySendAsync(new ListExposures(TownshipId, Year), exposures => Exposures = exposures);
    }
}
