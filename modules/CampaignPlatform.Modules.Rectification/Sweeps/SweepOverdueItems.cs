using System.Data.Common;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Rectification.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Rectification.Sweeps;

/// <summary>
/// rectification.overdue-sweep: marks items past their deadline as overdue, and puts those overdue by
/// <see cref="RectificationOptions.ListAfterOverdueDays"/> days or more under listed supervision, each change with its
/// history entry. Set-based: four statements in one transaction whatever the number of items; a second run the same day
/// finds nothing left to change.
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
        var looked = await db.Items.CountAsync(i => townships.Contains(i.TownshipId) && i.Status != ItemStatus.Closed, cancellationToken);
        var (newlyOverdue, listed) = townships.Count == 0 ? (0, 0) : await MarkAsync(townships, today, now, cancellationToken);
        return new CheckOutcome(looked, newlyOverdue + listed, $"{newlyOverdue} 项新逾期，{listed} 项自动挂牌督办 (of {looked} open items)");
    }

    private async Task<(int NewlyOverdue, int Listed)> MarkAsync(IReadOnlyList<Guid> townships, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var days = options.Value.ListAfterOverdueDays;
        var reason = $"逾期{days}天以上自动挂牌督办 overdue by {days} days or more";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sweep = new Sweep(db, transaction.GetDbTransaction(), townships, now);
        var newlyOverdue = await sweep.MarkAsync(
            "overdue", $"已超过整改期限 past the deadline ({today:yyyy-MM-dd})", """NOT "IsOverdue" AND "Deadline" < @deadline""", today,
            "\"IsOverdue\" = TRUE", cancellationToken);
        var listed = await sweep.MarkAsync(
            "list", reason, """NOT "Listed" AND "Deadline" <= @deadline""", today.AddDays(-days),
            "\"Listed\" = TRUE, \"ListedReason\" = @note, \"ListedAt\" = @now", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (newlyOverdue, listed);
    }

    /// <summary>
    /// One mark of the sweep as two statements over the same rows: the history entries (INSERT … SELECT, before the
    /// mark changes which rows match), then the mark itself (UPDATE). No item is loaded, whatever their number.
    /// </summary>
    private sealed class Sweep(RectificationDbContext db, DbTransaction transaction, IReadOnlyList<Guid> townships, DateTimeOffset now)
    {
        public async Task<int> MarkAsync(string action, string note, string condition, DateOnly deadline, string assignments, CancellationToken ct)
        {
            var items = db.TableOf<RectificationItem>();
            var where = $"""
                         "TownshipId" IN ({string.Join(", ", townships.Select((_, i) => $"@t{i}"))}) AND "Status" <> @closed AND {condition}
                         """;
            await ExecuteAsync(
                $"""
                 INSERT INTO {db.TableOf<ItemEvent>()} ("ItemId", "At", "Actor", "Action", "FromStatus", "ToStatus", "Note")
                 SELECT "Id", @now, 'system', @action, "Status", "Status", @note FROM {items} WHERE {where}
                 """, action, note, deadline, ct);
            return await ExecuteAsync($"""UPDATE {items} SET {assignments}, "Version" = "Version" + 1 WHERE {where}""", action, note, deadline, ct);
        }

        private async Task<int> ExecuteAsync(string sql, string action, string note, DateOnly deadline, CancellationToken ct)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            var township = db.ColumnMappingOf<RectificationItem>(nameof(RectificationItem.TownshipId));
            for (var i = 0; i < townships.Count; i++)
            {
                command.Parameters.Add(township.CreateParameter(command, $"@t{i}", townships[i]));
            }

            command.Parameters.Add(db.ColumnMappingOf<RectificationItem>(nameof(RectificationItem.Status)).CreateParameter(command, "@closed", ItemStatus.Closed));
            command.Parameters.Add(db.ColumnMappingOf<RectificationItem>(nameof(RectificationItem.Deadline)).CreateParameter(command, "@deadline", deadline));
            command.Parameters.Add(db.ColumnMappingOf<ItemEvent>(nameof(ItemEvent.At)).CreateParameter(command, "@now", now));
            command.WithParameter("@action", action).WithParameter("@note", note);
            return await command.ExecuteNonQueryAsync(ct);
        }
    }
}
