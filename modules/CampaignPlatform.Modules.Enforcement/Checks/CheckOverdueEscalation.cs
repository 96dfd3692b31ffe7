using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Modules.Enforcement.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Checks;

/// <summary>
/// enforcement.overdue-escalation (hourly): a dispatched case past its step deadline moves up one level (三级联动):
/// village → township, township → city, with a history row. One escalation per overdue occurrence (the deadline it
/// escalated for is kept), so a repeated run changes nothing; parked (挂账) cases are skipped. Set-based: one select,
/// one batch of history rows, one UPDATE per level.
/// </summary>
internal sealed record CheckOverdueEscalation : CheckRequest;

internal sealed class CheckOverdueEscalationHandler(EnforcementDbContext db) : IRequestHandler<CheckOverdueEscalation, CheckOutcome>
{
    public async Task<CheckOutcome> Handle(CheckOverdueEscalation request, CancellationToken cancellationToken)
    {
        var now = request.Run.StartedAt;
        var townships = request.Run.Townships.ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var overdue = Overdue(townships, now);
        var found = await overdue.Select(c => new { c.Id, c.Level, c.State }).ToListAsync(cancellationToken);
        db.Events.AddRange(found.Select(c => new CaseEvent
        {
            CaseId = c.Id, At = now, Actor = "system", State = c.State,
            Action = c.Level == CaseLevel.Village ? "超期升级至乡镇（街道）" : "超期升级至市级",
            Note = "处置超期，按三级联动升级办理。Overdue: escalated one level.",
        }));
        await db.SaveChangesAsync(cancellationToken);
        var ids = found.Select(c => c.Id).ToList();
        var toTownship = await Overdue(townships, now).Where(c => ids.Contains(c.Id) && c.Level == CaseLevel.Village)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Level, CaseLevel.Township)
                .SetProperty(c => c.EscalatedForDueAt, c => c.StepDueAt).SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
        var toCity = await Overdue(townships, now).Where(c => ids.Contains(c.Id) && c.Level == CaseLevel.Township)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Level, CaseLevel.City)
                .SetProperty(c => c.EscalatedForDueAt, c => c.StepDueAt).SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CheckOutcome(found.Count, toTownship + toCity, $"{toTownship} 件升级至乡镇（街道），{toCity} 件升级至市级");
    }

    private IQueryable<EnforcementCase> Overdue(List<Guid> townships, DateTimeOffset now) =>
        db.Cases.Where(c => townships.Contains(c.TownshipId) && c.State == CaseState.Dispatched && !c.Parked
                            && c.Level != null && c.Level != CaseLevel.City
                            && c.StepDueAt != null && c.StepDueAt < now
                            && (c.EscalatedForDueAt == null || c.EscalatedForDueAt != c.StepDueAt));
}
