using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Enforcement.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Frontages;

internal sealed record FrontageStanding(Guid FrontageId, string Name, string Address, Guid? UnitId, bool PartyMember, int Ratings, int Failed, decimal PassRate);

/// <summary>
/// 红黑榜: over the window (default the 30 days up to today), the red list holds frontages rated at least twice and
/// never failed; the black list those failed three times or more (the count that opens a case). Each ranked best or
/// worst first.
/// </summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetFrontageLists(Guid TownshipId, DateOnly? From, DateOnly? To) : IRequest<FrontageListsDto>, ITownshipScoped, IDateRange;

internal sealed record FrontageListsDto(DateOnly From, DateOnly To, IReadOnlyList<FrontageStanding> Red, IReadOnlyList<FrontageStanding> Black);

/// <summary>A responsible unit's own frontages and how they stand: units lead by example, so these count in the unit's record.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.UnitOfficer)]
internal sealed record GetUnitFrontageRecord(Guid UnitId, DateOnly? From, DateOnly? To) : IRequest<UnitFrontageRecordDto>;

internal sealed record UnitFrontageRecordDto(Guid UnitId, string UnitName, DateOnly From, DateOnly To, IReadOnlyList<FrontageStanding> Frontages, int RedListed, int BlackListed);

internal sealed class GetFrontageListsValidator : AbstractValidator<GetFrontageLists>
{
    public GetFrontageListsValidator() => this.AddDateRangeRule();
}

internal sealed class FrontageListHandlers(EnforcementDbContext db, IMediator mediator, TimeProvider time)
    : IRequestHandler<GetFrontageLists, FrontageListsDto>, IRequestHandler<GetUnitFrontageRecord, UnitFrontageRecordDto>
{
    public const int RedMinimumRatings = 2;

    public async Task<FrontageListsDto> Handle(GetFrontageLists request, CancellationToken cancellationToken)
    {
        var (from, to) = Window(request.From, request.To);
        var standings = await Standings(db.Frontages.Where(f => f.TownshipId == request.TownshipId), from, to, cancellationToken);
        return new FrontageListsDto(from, to,
            standings.Where(IsRed).OrderByDescending(s => s.Ratings).ThenBy(s => s.Name).ToList(),
            standings.Where(IsBlack).OrderByDescending(s => s.Failed).ThenBy(s => s.Name).ToList());
    }

    public async Task<UnitFrontageRecordDto> Handle(GetUnitFrontageRecord request, CancellationToken cancellationToken)
    {
        var unit = await mediator.Send(new FindUnit(request.UnitId), cancellationToken) ?? throw new NotFoundException("Unit", request.UnitId);
        var (from, to) = Window(request.From, request.To);
        var standings = await Standings(db.Frontages.Where(f => f.UnitId == request.UnitId), from, to, cancellationToken);
        return new UnitFrontageRecordDto(unit.Id, unit.Name, from, to, standings, standings.Count(IsRed), standings.Count(IsBlack));
    }

    private static bool IsRed(FrontageStanding s) => s.Ratings >= RedMinimumRatings && s.Failed == 0;

    private static bool IsBlack(FrontageStanding s) => s.Failed >= RateFrontageHandler.FailuresForCase;

    private (DateOnly From, DateOnly To) Window(DateOnly? from, DateOnly? to)
    {
        var end = to ?? CityClock.Today(time);
        return (from ?? end.AddDays(-(RateFrontageHandler.WindowDays - 1)), end);
    }

    private async Task<List<FrontageStanding>> Standings(IQueryable<Frontage> frontages, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var list = await frontages.AsNoTracking().ToListAsync(ct);
        var ids = list.Select(f => f.Id).ToList();
        var counts = await db.FrontageRatings.AsNoTracking()
            .Where(r => ids.Contains(r.FrontageId) && r.RatedOn >= from && r.RatedOn <= to)
            .GroupBy(r => r.FrontageId)
            .Select(g => new { g.Key, Ratings = g.Count(), Failed = g.Count(r => !r.Passed) })
            .ToDictionaryAsync(x => x.Key, ct);
        return list.Select(f =>
        {
            var c = counts.GetValueOrDefault(f.Id);
            var ratings = c?.Ratings ?? 0;
            var failed = c?.Failed ?? 0;
            return new FrontageStanding(f.Id, f.Name, f.Address, f.UnitId, f.PartyMember, ratings, failed,
                ratings == 0 ? 0 : Math.Round((decimal)(ratings - failed) / ratings, 4));
        }).ToList();
    }
}
