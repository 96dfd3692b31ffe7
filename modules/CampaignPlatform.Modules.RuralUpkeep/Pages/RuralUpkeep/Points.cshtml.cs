using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.RuralUpkeep.Ledgers;
using CampaignPlatform.Modules.RuralUpkeep.Points;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.RuralUpkeep.Pages.RuralUpkeep;

/// <summary>A courtyard rating as the form sends it (<see cref="RateCourtyard"/>): the grade earns the points.</summary>
public sealed class CourtyardRatingForm
{
    public string? Household { get; set; }

    public CourtyardGrade? Grade { get; set; }

    public string? Note { get; set; }
}

/// <summary>A redemption at the points supermarket as the form sends it (<see cref="RedeemPoints"/>).</summary>
public sealed class RedemptionForm
{
    public string? Household { get; set; }

    public int? Points { get; set; }

    public string? Goods { get; set; }
}

/// <summary>
/// A village's household points (积分制): every household with its balance and movements, the courtyard rating that
/// earns points and the redemption (积分超市) that spends them — the API's requests, so a short balance is refused (409)
/// and nothing is taken.
/// </summary>
public sealed class PointsModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid VillageId { get; set; }

    /// <summary>What was just done, after a form sent people back here.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public CourtyardRatingForm Rating { get; set; } = new();

    [BindProperty]
    public RedemptionForm Redemption { get; set; } = new();

    internal VillageInfo? Village { get; private set; }

    internal IReadOnlyList<HouseholdDto>? Households { get; private set; }

    internal bool MayRate => MaySend<RateCourtyard>();

    internal bool MayRedeem => MaySend<RedeemPoints>();

    internal bool MayExport => MaySend<ExportPointsLedger>();

    public Task OnGetAsync() => LoadAsync();

    public Task<IActionResult> OnPostRateAsync() =>
        SendAsync(new RateCourtyard(VillageId, Rating.Household, Rating.Grade, Rating.Note), "rated", $"{nameof(Rating)}.");

    public Task<IActionResult> OnPostRedeemAsync() =>
        SendAsync(new RedeemPoints(VillageId, Redemption.Household, Redemption.Points, Redemption.Goods), "redeemed", $"{nameof(Redemption)}.");

    private async Task<IActionResult> SendAsync(IRequest<HouseholdDto> request, string done, string fieldPrefix)
    {
        if (await TrySendAsync(request, fieldPrefix: fieldPrefix))
        {
            return LocalRedirect($"/rural-upkeep/villages/{VillageId}/points?done={done}");
        }

        return await PageAgainAsync(LoadAsync);
    }

    private async Task LoadAsync()
    {
        if (await TrySendAsync(new GetHouseholds(VillageId), households => Households = households))
        {
            Village = await Mediator.Send(new FindVillage(VillageId), HttpContext.RequestAborted);
        }
    }
}
