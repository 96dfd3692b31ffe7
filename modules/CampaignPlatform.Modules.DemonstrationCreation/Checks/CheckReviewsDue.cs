using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.DemonstrationCreation.Checks;

/// <summary>
/// demo-creation.reviews-due: every title held in a township of the run (the host passes only those where the module
/// is on) whose yearly review (复审) falls due within <see cref="DemonstrationOptions.ReviewDueWithinDays"/> days or is
/// overdue is reported as a problem. The reference names the title and the year its review falls due, so a title is
/// reported once a year however often the check runs; a review passed moves the due date into the next year.
/// </summary>
internal sealed record CheckReviewsDue : CheckRequest
{
    public const string CheckId = DemonstrationCreationModule.Id + ".reviews-due";
    public const int DeadlineDays = 14;
}

internal sealed class CheckReviewsDueHandler(DemonstrationCreationDbContext db, IOptions<DemonstrationOptions> options)
    : IRequestHandler<CheckReviewsDue, CheckOutcome>
{
    public async Task<CheckOutcome> Handle(CheckReviewsDue request, CancellationToken cancellationToken)
    {
        var today = CityClock.DateOf(request.Run.StartedAt);
        var horizon = today.AddDays(options.Value.ReviewDueWithinDays);
        var townships = request.Run.Townships.ToList();
        // Set-based: one query for every township of the run.
        var held = await db.Titles.AsNoTracking()
            .Where(t => townships.Contains(t.TownshipId) && t.State == TitleState.Held)
            .Select(t => new { t.Id, t.TownshipId, t.VillageId, t.Kind, t.PlaceName, t.NextReviewDue })
            .ToListAsync(cancellationToken);
        var due = held.Where(t => t.NextReviewDue <= horizon).ToList();
        foreach (var title in due)
        {
            var overdue = title.NextReviewDue < today;
            db.Enqueue(new ProblemFound(
                DemonstrationCreationModule.Id, $"review-due:{title.Id}:{title.NextReviewDue.Year}", title.TownshipId, title.VillageId,
                overdue ? "示范复审逾期" : "示范复审到期",
                $"{DemonstrationLabels.Of(title.Kind)}“{title.PlaceName}”的年度复审{(overdue ? "已于" : "将于")} {title.NextReviewDue:yyyy-MM-dd} 到期，请安排现场复审。",
                overdue ? ProblemSeverity.Major : ProblemSeverity.Normal, null, CheckReviewsDue.DeadlineDays));
        }

        await db.SaveChangesAsync(cancellationToken);

        return new CheckOutcome(held.Count, due.Count,
            $"{today:yyyy-MM-dd}：{held.Count} 个有效称号中 {due.Count} 个复审在 {options.Value.ReviewDueWithinDays} 天内到期或已逾期");
    }
}
