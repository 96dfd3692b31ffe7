using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.RuralUpkeep.Ranking;
using MediatR;

namespace CampaignPlatform.Modules.RuralUpkeep.Pages.RuralUpkeep;

/// <summary>A township's villages ranked by their latest inspection (红黑榜), the same <see cref="GetVillageRanking"/> as the API.</summary>
public sealed class RankingModel(IMediator mediator) : TownshipListModel(mediator)
{
    internal IReadOnlyList<RankedVillageDto> Ranking { get; private set; } = [];

    public async Task OnGetAsync()
    {
        TownshipId ??= await TownshipsWhereOn.FirstAsync(Mediator, HttpContext.RequestAborted);
        if (await PickTownshipAsync() is { } township)
        {
            await TrySendAsync(new GetVillageRanking(township), ranking => Ranking = ranking);
        }
    }
}
