using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Enforcement.Calendar;
using CampaignPlatform.Modules.Enforcement.Data;

namespace CampaignPlatform.Modules.Enforcement.Cases;

/// <summary>
/// The life of a case: Reported → Registered (立案) or Rejected (不予立案) → Dispatched (派遣) → Handled (处置) →
/// Verified (核查) → Closed (结案); a failed verification returns it to Dispatched. Each step runs against its time
/// limit on the working calendar. Parking (挂账) stops the clock until the case is resumed. Every transition
/// returns the history row to store; an impossible one throws a 409 carrying the current state. Pure: the caller
/// passes the time and the actor.
/// </summary>
internal sealed class CaseWorkflow(WorkingCalendar calendar, EnforcementOptions options)
{
    public void Open(EnforcementCase c, DateTimeOffset now)
    {
        c.State = CaseState.Reported;
        c.ReportedAt = now;
        c.StepDueAt = Due(c, CaseStep.Register, now);
    }

    public CaseEvent Register(EnforcementCase c, DateTimeOffset now, string actor, string? note)
    {
        Require(c, "立案", CaseState.Reported);
        c.State = CaseState.Registered;
        c.StepDueAt = Due(c, CaseStep.Dispatch, now);
        return Event(c, now, actor, "立案", note);
    }

    public CaseEvent Reject(EnforcementCase c, DateTimeOffset now, string actor, string reason)
    {
        Require(c, "不予立案", CaseState.Reported);
        c.State = CaseState.Rejected;
        c.RejectReason = reason;
        c.StepDueAt = null;
        c.ClosedAt = now;
        return Event(c, now, actor, "不予立案", reason);
    }

    public CaseEvent Dispatch(EnforcementCase c, DateTimeOffset now, string actor, CaseLevel level, Guid unitId, string? note)
    {
        Require(c, "派遣", CaseState.Registered);
        c.State = CaseState.Dispatched;
        c.Level = level;
        c.UnitId = unitId;
        c.HandleDueAt = Due(c, CaseStep.Handle, now);
        c.StepDueAt = c.HandleDueAt;
        if (c.Category == CaseCategory.IllegalStructure)
        {
            c.DemolitionDueAt = options.DemolitionLimit().From(now, calendar);
        }

        return Event(c, now, actor, $"派遣至{EnforcementLabels.Of(level)}", note);
    }

    /// <param name="recordedBy">The signed-in officer who records it (who may then not verify it either).</param>
    public CaseEvent Handle(EnforcementCase c, DateTimeOffset now, string handler, string note, string recordedBy)
    {
        Require(c, "处置", CaseState.Dispatched);
        c.State = CaseState.Handled;
        c.Handler = handler;
        c.HandlingRecordedBy = recordedBy;
        c.HandlingNote = note;
        c.HandledAt = now;
        c.StepDueAt = Due(c, CaseStep.Verify, now);
        return Event(c, now, handler, "处置", note);
    }

    public CaseEvent Verify(EnforcementCase c, DateTimeOffset now, string verifier, bool passed, string? note)
    {
        Require(c, "核查", CaseState.Handled);
        if (string.Equals(c.Handler?.Trim(), verifier.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(c.HandlingRecordedBy, verifier.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new ConflictException($"核查人不能是处置人（{c.Handler}）。The officer who handled a case cannot verify it.")
                .With("currentState", c.State).With("handler", c.Handler);
        }

        c.Verifier = verifier;
        c.VerifiedAt = now;
        if (passed)
        {
            c.State = CaseState.Verified;
            c.StepDueAt = null;
            return Event(c, now, verifier, "核查通过", note);
        }

        // Back to the handler with a fresh step limit; the on-time measure keeps the original handling deadline.
        c.State = CaseState.Dispatched;
        c.StepDueAt = Due(c, CaseStep.Handle, now);
        return Event(c, now, verifier, "核查不通过，退回处置", note);
    }

    public CaseEvent Close(EnforcementCase c, DateTimeOffset now, string actor, string? note)
    {
        Require(c, "结案", CaseState.Verified);
        c.State = CaseState.Closed;
        c.ClosedAt = now;
        c.ClosedOnTime = c.HandledAt <= c.HandleDueAt;
        c.StepDueAt = null;
        return Event(c, now, actor, "结案", note);
    }

    public CaseEvent Park(EnforcementCase c, DateTimeOffset now, string approvedBy, string reason)
    {
        Require(c, "挂账", CaseState.Registered, CaseState.Dispatched);
        c.Parked = true;
        c.ParkReason = reason;
        c.ParkApprovedBy = approvedBy;
        c.StepDueAt = null;
        return Event(c, now, approvedBy, $"挂账（{approvedBy} 批准）", reason);
    }

    public CaseEvent Resume(EnforcementCase c, DateTimeOffset now, string actor, string? note)
    {
        if (!c.Parked)
        {
            throw Conflict(c, "恢复办理");
        }

        c.Parked = false;
        c.StepDueAt = Due(c, c.State == CaseState.Registered ? CaseStep.Dispatch : CaseStep.Handle, now);
        return Event(c, now, actor, "恢复办理", note);
    }

    private DateTimeOffset Due(EnforcementCase c, CaseStep step, DateTimeOffset from) => options.LimitOf(c.Category, step).From(from, calendar);

    private static void Require(EnforcementCase c, string action, params CaseState[] allowed)
    {
        if (c.Parked || !allowed.Contains(c.State))
        {
            throw Conflict(c, action);
        }
    }

    private static ConflictException Conflict(EnforcementCase c, string action) =>
        new ConflictException(
                $"案件 {c.Number} 当前为“{EnforcementLabels.Of(c.State)}”{(c.Parked ? "（已挂账）" : "")}，不能{action}。Case {c.Number} is {c.State}{(c.Parked ? " (parked)" : "")}; '{action}' is not possible.")
            .With("currentState", c.State).With("parked", c.Parked);

    private static CaseEvent Event(EnforcementCase c, DateTimeOffset now, string actor, string action, string? note)
    {
        c.Version++;
        return new CaseEvent { CaseId = c.Id, At = now, Actor = actor, Action = action, State = c.State, Note = note };
    }
}
