using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.RuralUpkeep.Rounds;

/// <summary>
/// rural-upkeep.missed-inspections: every village of the run's townships without an inspection in the last
/// <see cref="ReportMissedInspectionsHandler.WindowDays"/> days is reported as a problem. The reference names the
/// village and the fortnight (fixed 14-day blocks of the calendar), so a village that stays uninspected is reported
/// once a fortnight — not every day — and a second run opens nothing new.
/// </summary>
internal sealed record ReportMissedInspections : CheckRequest;

internal sealed class ReportMissedInspectionsHandler(RuralUpkeepDbContext db, IMediator mediator) : IRequestHandler<ReportMissedInspections, CheckOutcome>
{
    public const int WindowDays = 14;
    public const int DeadlineDays = 7;

    /// <summary>A Monday; fortnights are counted from here so every run agrees on where one begins.</summary>
    private static readonly DateOnly FortnightAnchor = new(2024, 1, 1);

    internal static DateOnly FortnightOf(DateOnly day) =>
        FortnightAnchor.AddDays((day.DayNumber - FortnightAnchor.DayNumber) / WindowDays * WindowDays);

    public async Task<CheckOutcome> Handle(ReportMissedInspections request, CancellationToken cancellationToken)
    {
        var today = CityClock.DateOf(request.Run.StartedAt);
        var since = today.AddDays(-(WindowDays - 1));
        var fortnight = FortnightOf(today);
        var townships = request.Run.Townships.ToList();
        var villages = await mediator.Send(new ListVillages(townships), cancellationToken);
        var last = await db.Inspections
            .Where(i => townships.Contains(i.TownshipId))
            .GroupBy(i => i.VillageId)
            .Select(g => new { Village = g.Key, Last = g.Max(i => i.InspectedOn) })
            .ToDictionaryAsync(x => x.Village, x => x.Last, cancellationToken);

        var missed = villages.Where(v => !last.TryGetValue(v.Id, out var on) || on < since).ToList();
        foreach (var village in missed)
        {
            var lastText = last.TryGetValue(village.Id, out var on) ? $"上次检查 {on:yyyy-MM-dd}" : "从未检查";
            db.Enqueue(new ProblemFound(
                RuralUpkeepModule.Id, $"missed-inspection:{village.Id}:{fortnight:yyyyMMdd}", village.TownshipId, village.Id, "漏检",
                $"{village.Name} 已{WindowDays}天无人居环境检查记录（{lastText}）", ProblemSeverity.Normal, null, DeadlineDays));
        }

        // One save for the whole fan-out: every problem is in the outbox, or none is.
        await db.SaveChangesAsync(cancellationToken);

        return new CheckOutcome(villages.Count, missed.Count, $"{villages.Count} 个村中 {missed.Count} 个{WindowDays}天内无检查记录");
    }
}
