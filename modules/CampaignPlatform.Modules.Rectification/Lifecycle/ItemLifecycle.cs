using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Rectification.Data;

namespace CampaignPlatform.Modules.Rectification.Lifecycle;

/// <summary>
/// The life of a rectification item, as rules on the item itself: which step is allowed from which state,
/// what it changes, and the history entry it leaves. An impossible step throws a conflict carrying the
/// current state, and changes nothing.
/// </summary>
internal static class ItemLifecycle
{
    /// <summary>A unit takes the item (主动认领), first time or again after it was returned.</summary>
    public static ItemEvent Claim(RectificationItem item, Guid? unitId, string actor, string? note, DateTimeOffset now)
    {
        var from = Require(item, "认领 claim", ItemStatus.Open, ItemStatus.Returned);
        item.Status = ItemStatus.Claimed;
        item.ClaimedByUnitId = unitId ?? item.ResponsibleUnitId;
        item.ResponsibleUnitId ??= unitId;
        item.ClaimedBy = actor;
        item.ClaimedAt = now;
        return Changed(item, from, "claim", actor, now, note);
    }

    /// <summary>The unit reports the fix with its evidence.</summary>
    public static ItemEvent Submit(RectificationItem item, string fixDescription, string? evidenceNote, string actor, DateTimeOffset now)
    {
        var from = Require(item, "提交整改 submit", ItemStatus.Claimed);
        item.Status = ItemStatus.Submitted;
        item.FixDescription = fixDescription;
        item.EvidenceNote = evidenceNote;
        item.SubmittedBy = actor;
        item.SubmittedAt = now;
        return Changed(item, from, "submit", actor, now, fixDescription);
    }

    /// <summary>The lead unit verifies the fix and signs the item off (督查销号); the look-back falls due later.</summary>
    public static ItemEvent Close(RectificationItem item, string actor, string? note, DateTimeOffset now, DateOnly lookbackDueOn)
    {
        var from = Require(item, "核验销号 close", ItemStatus.Submitted);
        RequireDifferentVerifier(item, actor);
        item.Status = ItemStatus.Closed;
        item.ClosedBy = actor;
        item.ClosedAt = now;
        item.IsOverdue = false;
        item.LookbackDueOn = lookbackDueOn;
        item.Lookback = LookbackState.NotDue;
        return Changed(item, from, "close", actor, now, note);
    }

    /// <summary>Verification failed: back to the unit with the reason.</summary>
    public static ItemEvent Return(RectificationItem item, string reason, string actor, DateTimeOffset now)
    {
        var from = Require(item, "退回 return", ItemStatus.Submitted);
        RequireDifferentVerifier(item, actor);
        item.Status = ItemStatus.Returned;
        item.ReturnReason = reason;
        return Changed(item, from, "return", actor, now, reason);
    }

    /// <summary>The look-back (回头看): the fix holds, or the problem is back and the item reopens with a new deadline.</summary>
    public static ItemEvent RecordLookback(
        RectificationItem item, bool fixHolds, string? note, string actor, DateTimeOffset now, DateOnly today, int reopenDeadlineDays)
    {
        var from = Require(item, "回头看 look-back", ItemStatus.Closed);
        if (item.Lookback == LookbackState.Confirmed)
        {
            throw new ConflictException("该事项的回头看已确认。The look-back of this item is already confirmed.")
                .With("currentStatus", item.Status)
                .With("lookback", item.Lookback);
        }

        if (fixHolds)
        {
            item.Lookback = LookbackState.Confirmed;
            return Changed(item, from, "lookback-confirm", actor, now, note);
        }

        item.Status = ItemStatus.Open;
        item.Lookback = LookbackState.NotDue;
        item.LookbackDueOn = null;
        item.ReopenCount++;
        item.Deadline = today.AddDays(reopenDeadlineDays);
        item.IsOverdue = false;
        item.ClaimedBy = null;
        item.ClaimedAt = null;
        item.ClaimedByUnitId = null;
        item.SubmittedBy = null;
        item.SubmittedAt = null;
        item.ClosedBy = null;
        item.ClosedAt = null;
        return Changed(item, from, "reopen", actor, now, note);
    }

    /// <summary>Listed supervision (挂牌督办), by hand or by the rules (major item, overdue 7 days).</summary>
    public static ItemEvent List(RectificationItem item, string reason, string actor, DateTimeOffset now)
    {
        var from = Require(item, "挂牌督办 list", ItemStatus.Open, ItemStatus.Claimed, ItemStatus.Submitted, ItemStatus.Returned);
        if (item.Listed)
        {
            throw new ConflictException("该事项已挂牌督办。The item is already under listed supervision.")
                .With("currentStatus", item.Status).With("listed", true);
        }

        item.Listed = true;
        item.ListedReason = reason;
        item.ListedAt = now;
        return Changed(item, from, "list", actor, now, reason);
    }

    public static ItemEvent Unlist(RectificationItem item, string? note, string actor, DateTimeOffset now)
    {
        if (!item.Listed)
        {
            throw new ConflictException("该事项未挂牌督办。The item is not under listed supervision.")
                .With("currentStatus", item.Status).With("listed", false);
        }

        item.Listed = false;
        item.ListedReason = null;
        item.ListedAt = null;
        return Changed(item, item.Status, "unlist", actor, now, note);
    }

    private static ItemStatus Require(RectificationItem item, string step, params ItemStatus[] allowed)
    {
        if (!allowed.Contains(item.Status))
        {
            throw new ConflictException(
                    $"事项当前状态为“{ItemLabels.Of(item.Status)}”，不能{step}。The item is {item.Status}; this step needs {string.Join(" or ", allowed)}.")
                .With("currentStatus", item.Status)
                .With("allowedFrom", allowed);
        }

        return item.Status;
    }

    /// <summary>
    /// The person who verifies a fix is never the one who made it. Only known people can be compared:
    /// requests without a signed-in user ("anonymous") cannot be told apart.
    /// </summary>
    private static void RequireDifferentVerifier(RectificationItem item, string actor)
    {
        if (actor != "anonymous" && string.Equals(item.SubmittedBy, actor, StringComparison.Ordinal))
        {
            throw new ConflictException("核验人不能是整改提交人。The fix must be verified by someone other than who submitted it.")
                .With("currentStatus", item.Status)
                .With("submittedBy", item.SubmittedBy);
        }
    }

    private static ItemEvent Changed(RectificationItem item, ItemStatus from, string action, string actor, DateTimeOffset now, string? note)
    {
        item.Version++;
        var step = new ItemEvent { ItemId = item.Id, At = now, Actor = actor, Action = action, FromStatus = from, ToStatus = item.Status, Note = note };
        item.History.Add(step);
        return step;
    }
}
