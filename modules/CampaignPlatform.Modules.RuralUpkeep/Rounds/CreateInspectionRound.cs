using System.Globalization;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.RuralUpkeep.Rounds;

/// <summary>
/// rural-upkeep.inspection-rounds: one due inspection per village of the run's townships for the ISO week of the run.
/// Set-based: one query for the villages, one for the week's existing rows, one batch insert. A unique index on
/// (village, week) makes a repeat or an overlapping run add nothing.
/// </summary>
internal sealed record CreateInspectionRound : CheckRequest;

internal sealed class CreateInspectionRoundHandler(RuralUpkeepDbContext db, IMediator mediator) : IRequestHandler<CreateInspectionRound, CheckOutcome>
{
    public async Task<CheckOutcome> Handle(CreateInspectionRound request, CancellationToken cancellationToken)
    {
        var today = CityClock.DateOf(request.Run.StartedAt);
        var (weekYear, week) = IsoWeek(today);
        var dueBy = DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, DayOfWeek.Sunday));
        var townships = request.Run.Townships.ToList();
        var villages = await mediator.Send(new ListVillages(townships), cancellationToken);

        var created = await InsertMissing(villages, townships, weekYear, week, dueBy, request.Run.StartedAt, cancellationToken);
        return new CheckOutcome(villages.Count, created, $"{weekYear}年第{week}周：{villages.Count} 个村，新派发 {created} 项巡检（截止 {dueBy:yyyy-MM-dd}）");
    }

    private async Task<int> InsertMissing(
        IReadOnlyList<VillageInfo> villages, List<Guid> townships, int weekYear, int week, DateOnly dueBy, DateTimeOffset now, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = (await db.DueInspections
                .Where(d => d.WeekYear == weekYear && d.Week == week && townships.Contains(d.TownshipId))
                .Select(d => d.VillageId).ToListAsync(ct)).ToHashSet();
            var fresh = villages.Where(v => !existing.Contains(v.Id)).Select(v => new DueInspection
            {
                TownshipId = v.TownshipId, VillageId = v.Id, WeekYear = weekYear, Week = week, DueBy = dueBy, CreatedAt = now,
            }).ToList();
            db.DueInspections.AddRange(fresh);
            try
            {
                await db.SaveChangesAsync(ct);
                return fresh.Count;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // An overlapping run inserted some of the same rows first: forget ours and look again.
                db.ChangeTracker.Clear();
            }
        }
    }

    public static (int WeekYear, int Week) IsoWeek(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return (ISOWeek.GetYear(dateTime), ISOWeek.GetWeekOfYear(dateTime));
    }
}
