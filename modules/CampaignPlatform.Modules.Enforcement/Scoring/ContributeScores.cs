using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Enforcement.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Scoring;

/// <summary>
/// 按期办结 (50): 50 × the share of citizen cases due in the period (capped at now) that were closed on time, for one
/// township, for each of several townships, or for the city (townships where the module is on). The whole days of the
/// period come from the maintained <see cref="CaseDueMonthTally"/> rows for whole months and <see cref="CaseDueTally"/> rows for the rest, read in one statement; the part of today up to now, when the period
/// reaches it, from the cases due so far today (through the deadline index). No case due, no line. The exposure line
/// is the assessment's own; it counts the provincial exposures enforcement hands over.
/// </summary>
internal sealed class ContributeScores(EnforcementDbContext db, IMediator mediator, TimeProvider time) : INotificationHandler<CollectScoreContributions>
{
    public async Task Handle(CollectScoreContributions notification, CancellationToken cancellationToken)
    {
        var townships = notification.Townships ?? await mediator.Send(new ListTownshipsWhereEnabled(EnforcementModule.Id), cancellationToken);
        var ids = townships.ToList();
        var now = time.GetUtcNow();
        var today = CityClock.Today(time);
        var period = notification.Period;
        // Whole days: the period's, up to yesterday when the period runs into today (or beyond).
        var lastWholeDay = period.To < today ? period.To : today.AddDays(-1);
        // The months wholly inside those days from the month tallies, the days of a month covered only in part from
        // the day tallies: a year reads about twelve rows per township and outcome instead of some 365.
        var (monthsFrom, monthsTo) = WholeMonths(period.From, lastWholeDay);
        // One statement: the month rows and the day rows side by side (UNION ALL), summed per township and outcome.
        var counts = await db.CaseDueMonthTallies.AsNoTracking()
            .Where(t => ids.Contains(t.TownshipId) && t.Month >= monthsFrom && t.Month < monthsTo)
            .Select(t => new { t.TownshipId, t.Outcome, t.Cases })
            .Concat(db.CaseDueTallies.AsNoTracking()
                .Where(t => ids.Contains(t.TownshipId)
                    && (t.Day >= period.From && t.Day < monthsFrom || t.Day >= monthsTo && t.Day <= lastWholeDay))
                .Select(t => new { t.TownshipId, t.Outcome, t.Cases }))
            .GroupBy(t => new { t.TownshipId, t.Outcome })
            .Select(g => new OutcomeCount(g.Key.TownshipId, g.Key.Outcome, g.Sum(t => t.Cases)))
            .ToListAsync(cancellationToken);
        if (period.To >= today && period.From <= today)
        {
            counts.AddRange(await DueSoFarTodayAsync(ids, CityClock.StartOf(today), now, cancellationToken));
        }

        var perTownship = counts.GroupBy(c => c.TownshipId).Select(g => new CaseCounts(
            g.Key,
            g.Sum(c => c.Cases),
            g.Where(c => c.Outcome != CaseDueOutcome.Open).Sum(c => c.Cases),
            g.Where(c => c.Outcome == CaseDueOutcome.ClosedOnTime).Sum(c => c.Cases))).ToList();
        if (notification.EachTownship is null)
        {
            Add(notification.Add, perTownship.Sum(c => c.Due), perTownship.Sum(c => c.Closed), perTownship.Sum(c => c.OnTime));
            return;
        }

        foreach (var township in perTownship.Where(c => c.Due > 0))
        {
            Add(line => notification.Add(township.TownshipId, line), township.Due, township.Closed, township.OnTime);
        }
    }

    /// <summary>
    /// The months wholly inside <paramref name="from"/>–<paramref name="to"/>, as [first day of the first, first day after
    /// the last). With none, both are <paramref name="from"/>, so every day comes from the day tallies.
    /// </summary>
    internal static (DateOnly From, DateOnly To) WholeMonths(DateOnly from, DateOnly to)
    {
        var first = from.Day == 1 ? from : CaseDueSummary.MonthOf(from).AddMonths(1);
        var end = CaseDueSummary.MonthOf(to.AddDays(1));
        return first < end ? (first, end) : (from, from);
    }

    /// <summary>
    /// Today's cases due before now: a few hundred at most, found by their deadline, not by their tally's day. The
    /// townships are picked here rather than in the statement: given a list of townships, SQLite without statistics (no
    /// one has run ANALYZE on the file) walks the (township, state) index over every case of those townships instead,
    /// which grows with every case ever reported.
    /// </summary>
    private async Task<List<OutcomeCount>> DueSoFarTodayAsync(List<Guid> townships, DateTimeOffset startOfToday, DateTimeOffset now, CancellationToken ct)
    {
        var wanted = townships.ToHashSet();
        var due = await OnTime.CitizenCasesDue(db.Cases.AsNoTracking(), startOfToday, now)
            .Select(c => new { c.TownshipId, c.State, c.ClosedOnTime })
            .ToListAsync(ct);
        return [.. due.Where(c => wanted.Contains(c.TownshipId)).CountBy(c => (c.TownshipId, CaseDueSummary.OutcomeOf(c.State, c.ClosedOnTime)))
            .Select(c => new OutcomeCount(c.Key.TownshipId, c.Key.Item2, c.Value))];
    }

    private sealed record OutcomeCount(Guid TownshipId, CaseDueOutcome Outcome, int Cases);

    private sealed record CaseCounts(Guid TownshipId, int Due, int Closed, int OnTime);

    private static void Add(Action<ScoreLine> add, int due, int closed, int onTime)
    {
        if (due == 0)
        {
            return;
        }

        add(new ScoreLine(
            EnforcementModule.Id, ScoreLineKeys.ComplaintsOnTime, "群众诉求按期办结", OnTime.PointsFor(due, onTime), OnTime.Points,
            $"到期的 {due} 件群众诉求中 {onTime} 件按期办结（已结案 {closed} 件）/ {onTime} of {due} citizen cases due were closed on time",
            new Dictionary<string, decimal> { ["casesDue"] = due, ["closedOnTime"] = onTime, ["closed"] = closed }));
    }
}
