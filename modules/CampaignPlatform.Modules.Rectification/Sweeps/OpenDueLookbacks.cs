using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Rectification.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Rectification.Sweeps;

/// <summary>rectification.lookback-due: closed items whose look-back date has come are marked "look-back due" (待回头看).</summary>
internal sealed record OpenDueLookbacks : CheckRequest;

internal sealed class OpenDueLookbacksHandler(RectificationDbContext db) : IRequestHandler<OpenDueLookbacks, CheckOutcome>
{
    public async Task<CheckOutcome> Handle(OpenDueLookbacks request, CancellationToken cancellationToken)
    {
        var today = CityClock.DateOf(request.Run.StartedAt);
        var townships = request.Run.Townships.ToList();
        var due = await db.Items
            .Where(i => townships.Contains(i.TownshipId) && i.Status == ItemStatus.Closed && i.Lookback == LookbackState.NotDue && i.LookbackDueOn <= today)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Items.Where(i => due.Contains(i.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Lookback, LookbackState.Due).SetProperty(i => i.Version, i => i.Version + 1), cancellationToken);
        db.Events.AddRange(due.Select(id => new ItemEvent
        {
            ItemId = id, At = request.Run.StartedAt, Actor = "system", Action = "lookback-due",
            FromStatus = ItemStatus.Closed, ToStatus = ItemStatus.Closed, Note = "回头看到期 look-back due",
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CheckOutcome(due.Count, due.Count, $"{due.Count} 项回头看到期");
    }
}
