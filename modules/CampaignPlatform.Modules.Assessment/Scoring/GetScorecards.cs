using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Assessment.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Assessment.Scoring;

/// <summary>The city's scorecard against the year's scheme (1000 points by default), line by line.</summary>
[Allow(ActorRole.CitySupervisor)]
internal sealed record GetCityScorecard(int? Year) : IRequest<ScorecardDto>;

/// <summary>A township's scorecard, compared with its stored snapshot of 7 or more days earlier when there is one.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetTownshipScorecard(Guid TownshipId, int? Year) : IRequest<ScorecardDto>, ITownshipScoped;

internal sealed class GetCityScorecardValidator : AbstractValidator<GetCityScorecard>
{
    public GetCityScorecardValidator() => RuleFor(q => q.Year).IsAssessmentYear();
}

internal sealed class GetTownshipScorecardValidator : AbstractValidator<GetTownshipScorecard>
{
    public GetTownshipScorecardValidator() => RuleFor(q => q.Year).IsAssessmentYear();
}

internal sealed class GetScorecardHandlers(ScorecardBuilder builder, AssessmentDbContext db, IMediator mediator, TimeProvider time)
    : IRequestHandler<GetCityScorecard, ScorecardDto>, IRequestHandler<GetTownshipScorecard, ScorecardDto>
{
    /// <summary>How far back a snapshot must lie to be the "previous" one a township is compared with.</summary>
    public const int PreviousAtLeastDaysEarlier = 7;

    public Task<ScorecardDto> Handle(GetCityScorecard request, CancellationToken cancellationToken)
    {
        var today = CityClock.Today(time);
        return builder.Build(request.Year ?? today.Year, today, null, cancellationToken);
    }

    public async Task<ScorecardDto> Handle(GetTownshipScorecard request, CancellationToken cancellationToken)
    {
        var township = await mediator.RequireTownship(request.TownshipId, cancellationToken);
        var today = CityClock.Today(time);
        var year = request.Year ?? today.Year;
        var card = await builder.Build(year, today, township, cancellationToken);

        var scope = ScoreSnapshot.ScopeOf(township.Id);
        var before = today.AddDays(-PreviousAtLeastDaysEarlier);
        var previous = await db.Snapshots.AsNoTracking()
            .Where(s => s.Year == year && s.Scope == scope && s.Day <= before)
            .OrderByDescending(s => s.Day)
            .Select(s => new { s.Day, s.PointsEarned, s.ComputedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return previous is null
            ? card
            : card with { Previous = new PreviousScoreDto(previous.Day, previous.PointsEarned, card.PointsEarned - previous.PointsEarned, previous.ComputedAt) };
    }
}
