using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using FluentValidation;
using MediatR;

namespace CampaignPlatform.Modules.Assessment.Scoring;

public sealed record RankingEntryDto(
    int Rank, Guid TownshipId, string TownshipName, decimal PointsEarned, decimal PointsPossible, decimal AdditionalPoints);

/// <summary>红榜 (the best townships) and 黑榜 (the worst), by their total on the year's scheme.</summary>
public sealed record RankingsDto(int Year, DateOnly AsOf, int Townships, IReadOnlyList<RankingEntryDto> RedList, IReadOnlyList<RankingEntryDto> BlackList);

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetRankings(int? Year, int? Top) : IRequest<RankingsDto>;

internal sealed class GetRankingsValidator : AbstractValidator<GetRankings>
{
    public const int DefaultTop = 5;

    public GetRankingsValidator()
    {
        RuleFor(q => q.Year).IsAssessmentYear();
        RuleFor(q => q.Top).InclusiveBetween(1, 50);
    }
}

internal sealed class GetRankingsHandler(ScorecardBuilder builder, IMediator mediator, TimeProvider time) : IRequestHandler<GetRankings, RankingsDto>
{
    public async Task<RankingsDto> Handle(GetRankings request, CancellationToken cancellationToken)
    {
        var today = CityClock.Today(time);
        var year = request.Year ?? today.Year;
        var top = request.Top ?? GetRankingsValidator.DefaultTop;
        var townships = await mediator.Send(new ListTownships(), cancellationToken);
        var cards = await builder.BuildAll(year, today, [.. townships], cancellationToken);
        var scored = townships.Zip(cards, (township, card) => (Township: township, Card: card)).ToList();

        // Ties are broken by the additional lines (awareness, participation…), then by the township code.
        var ranked = scored
            .OrderByDescending(s => s.Card.PointsEarned)
            .ThenByDescending(s => s.Card.Additional.Sum(a => a.PointsEarned))
            .ThenBy(s => s.Township.Code, StringComparer.Ordinal)
            .Select((s, i) => new RankingEntryDto(
                i + 1, s.Township.Id, s.Township.Name, s.Card.PointsEarned, s.Card.PointsPossible, s.Card.Additional.Sum(a => a.PointsEarned)))
            .ToList();
        return new RankingsDto(year, today, ranked.Count, ranked.Take(top).ToList(), Enumerable.Reverse(ranked).Take(top).ToList());
    }
}
