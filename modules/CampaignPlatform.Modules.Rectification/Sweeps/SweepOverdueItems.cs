using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Rectification.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Rectification.Sweeps;

/// <summary>
/// rectification.overdue-sweep: marks items past their deadline as overdue, and puts those overdue by
/// <see cref="RectificationOptions.ListAfterOverdueDays"/> days or more under listed supervision. Set-based:
/// a few statements whatever the number of items; a second run the same day finds nothing left to change.
/// </summary>
internal sealed record SweepOverdueItems : CheckRequest;

internal sealed class SweepOverdueItemsHandler(RectificationDbContext db, IOptions<RectificationOptions> options)
    : IRequestHandler<SweepOverdueItems, CheckOutcome>
{
    public async Task<CheckOutcome> Handle(SweepOverdueItems request, CancellationToken cancellationToken)
    {
        var today = CityClock.DateOf(request.Run.StartedAt);
        var now = request.Run.StartedAt;
        var townships = request.Run.Townships.ToList();
        var open = db.Items.Where(i => townships.Contains(i.TownshipId) && i.Status != ItemStatus.Closed);

        var newlyOverdue = await open.Where(i => !i.IsOverdue && i.Deadline < today).Select(i => i.Id).ToListAsync(cancellationToken);
        var listBefore = today.AddDays(-options.Value.ListAfterOverdueDays);
        var toList = await open.Where(i => !i.Listed && i.Deadline <= listBefore).Select(i => i.Id).ToListAsync(cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Items.Where(i => newlyOverdue.Contains(i.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.IsOverdue, true).SetProperty(i => i.Version, i => i.Version + 1), cancellationToken);
        var reason = $"逾期{options.Value.ListAfterOverdueDays}天以上自动挂牌督办 overdue by {options.Value.ListAfterOverdueDays} days or more";
        await db.Items.Where(i => toList.Contains(i.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Listed, true)
                .SetProperty(i => i.ListedReason, reason)
                .SetProperty(i => i.ListedAt, now)
                .SetProperty(i => i.Version, i => i.Version + 1), cancellationToken);

        var statuses = await db.Items.Where(i => newlyOverdue.Contains(i.Id) || toList.Contains(i.Id))
            .Select(i => new { i.Id, i.Status }).ToDictionaryAsync(i => i.Id, i => i.Status, cancellationToken);
        db.Events.AddRange(newlyOverdue.Select(id => Event(id, "overdue", statuses[id], now, $"已超过整改期限 past the deadline ({today:yyyy-MM-dd})")));
        db.Events.AddRange(toList.Select(id => Event(id, "list", statuses[id], now, reason)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var looked = await open.CountAsync(cancellationToken);
        return new CheckOutcome(looked, newlyOverdue.Count + toList.Count,
            $"{newlyOverdue.Count} 项新逾期，{toList.Count} 项自动挂牌督办 (of {looked} open items)");
    }

    private static ItemEvent Event(long id, string action, ItemStatus status, DateTimeOffset at, string note) =>
        new() { ItemId = id, At = at, Actor = "system", Action = action, FromStatus = status, ToStatus = status, Note = note };
}
