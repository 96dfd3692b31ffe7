using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Scoring;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Checks;

/// <summary>
/// enforcement.on-time-rate (nightly): per township, the year's citizen cases due up to the end of yesterday and how
/// many were closed on time, stored as the snapshot of yesterday (replaced when the check runs again).
/// </summary>
internal sealed record CheckOnTimeRate : CheckRequest;

internal sealed class CheckOnTimeRateHandler(EnforcementDbContext db) : IRequestHandler<CheckOnTimeRate, CheckOutcome>
{
    public async Task<CheckOutcome> Handle(CheckOnTimeRate request, CancellationToken cancellationToken)
    {
        var yesterday = CityClock.DateOf(request.Run.StartedAt).AddDays(-1);
        var townships = request.Run.Townships.ToList();
        var figures = await OnTime.CitizenCasesDue(db.Cases.AsNoTracking(), townships, CityClock.StartOf(new DateOnly(yesterday.Year, 1, 1)), CityClock.StartOf(yesterday.AddDays(1)))
            .GroupBy(c => c.TownshipId)
            .Select(g => new { TownshipId = g.Key, Due = g.Count(), OnTime = g.Count(c => c.State == CaseState.Closed && c.ClosedOnTime == true) })
            .ToListAsync(cancellationToken);
        var byTownship = figures.ToDictionary(f => f.TownshipId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.OnTimeSnapshots.Where(s => s.Day == yesterday && townships.Contains(s.TownshipId)).ExecuteDeleteAsync(cancellationToken);
        db.OnTimeSnapshots.AddRange(townships.Select(t => new OnTimeSnapshot
        {
            TownshipId = t, Day = yesterday, Due = byTownship.GetValueOrDefault(t)?.Due ?? 0, OnTime = byTownship.GetValueOrDefault(t)?.OnTime ?? 0,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CheckOutcome(townships.Count, townships.Count,
            $"{yesterday:yyyy-MM-dd}：{figures.Sum(f => f.Due)} 件群众诉求到期，{figures.Sum(f => f.OnTime)} 件按期办结");
    }
}

internal sealed record OnTimeRateDto(Guid TownshipId, DateOnly Day, int Due, int OnTime, decimal? Rate);

/// <summary>The stored on-time figures of a day (default: the latest stored day), for dashboards.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetOnTimeRates(DateOnly? Day) : IRequest<IReadOnlyList<OnTimeRateDto>>;

internal sealed class GetOnTimeRatesHandler(EnforcementDbContext db) : IRequestHandler<GetOnTimeRates, IReadOnlyList<OnTimeRateDto>>
{
    public async Task<IReadOnlyList<OnTimeRateDto>> Handle(GetOnTimeRates request, CancellationToken cancellationToken)
    {
        var day = request.Day ?? await db.OnTimeSnapshots.MaxAsync(s => (DateOnly?)s.Day, cancellationToken);
        return day is null
            ? []
            : (await db.OnTimeSnapshots.AsNoTracking().Where(s => s.Day == day).ToListAsync(cancellationToken))
            .Select(s => new OnTimeRateDto(s.TownshipId, s.Day, s.Due, s.OnTime, s.Due == 0 ? null : Math.Round((decimal)s.OnTime / s.Due, 4))).ToList();
    }
}
