using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.RuralUpkeep.FiveHaves;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.RuralUpkeep.Ranking;

public sealed record RankedVillageDto(int? Rank, Guid VillageId, string VillageName, decimal? LatestScore, DateOnly? LatestInspectedOn, string? List);

/// <summary>
/// A township's villages ranked by their latest inspection score (红黑榜): the best three inspected villages are the
/// red list (红榜), the worst three the black list (黑榜); villages never inspected come last, unranked.
/// </summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetVillageRanking(Guid TownshipId) : ITownshipScoped, IRequest<IReadOnlyList<RankedVillageDto>>;

internal sealed class GetVillageRankingHandler(IMediator mediator) : IRequestHandler<GetVillageRanking, IReadOnlyList<RankedVillageDto>>
{
    public const int ListSize = 3;

    public async Task<IReadOnlyList<RankedVillageDto>> Handle(GetVillageRanking request, CancellationToken cancellationToken)
    {
        var villages = await mediator.Send(new GetTownshipVillages(request.TownshipId), cancellationToken);
        return Rank(villages.Select(v => (v.VillageId, v.VillageName, v.LastScore, v.LastInspectedOn)).ToList());
    }

    internal static IReadOnlyList<RankedVillageDto> Rank(IReadOnlyList<(Guid Id, string Name, decimal? Score, DateOnly? On)> villages)
    {
        var scored = villages.Where(v => v.Score is not null).OrderByDescending(v => v.Score).ThenBy(v => v.Name, StringComparer.Ordinal).ToList();
        var red = Math.Min(ListSize, scored.Count);
        var black = Math.Min(ListSize, scored.Count - red);
        var ranked = scored.Select((v, i) => new RankedVillageDto(i + 1, v.Id, v.Name, v.Score, v.On,
            i < red ? "红榜" : i >= scored.Count - black ? "黑榜" : null));
        var unranked = villages.Where(v => v.Score is null).OrderBy(v => v.Name, StringComparer.Ordinal)
            .Select(v => new RankedVillageDto(null, v.Id, v.Name, null, null, null));
        return [.. ranked, .. unranked];
    }
}

internal static class RankingEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/townships/{townshipId:guid}/ranking", async (Guid townshipId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetVillageRanking(townshipId), ct)))
            .WithSummary("村庄红黑榜 · A township's villages ranked by their latest inspection score");
}
