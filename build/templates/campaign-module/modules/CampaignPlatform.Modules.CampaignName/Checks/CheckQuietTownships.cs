using System.Globalization;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.CampaignName.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.CampaignName.Checks;

/// <summary>
/// campaign-id.quiet-townships: every township of the run (the host passes only those where the module is on) that
/// recorded no entry in the last <see cref="QuietDays"/> days is reported as a problem (a durable message) — the rectification module
/// turns it into an item. The reference names the ISO week, so a second run in the same week opens nothing new.
/// </summary>
internal sealed record CheckQuietTownships : CheckRequest
{
    public const string CheckId = CampaignNameModule.Id + ".quiet-townships";
    public const int QuietDays = 30;
    public const int DeadlineDays = 7;
}

internal sealed class CheckQuietTownshipsHandler(CampaignNameDbContext db) : IRequestHandler<CheckQuietTownships, CheckOutcome>
{
    public async Task<CheckOutcome> Handle(CheckQuietTownships request, CancellationToken cancellationToken)
    {
        var today = CityClock.DateOf(request.Run.StartedAt);
        var since = today.AddDays(1 - CheckQuietTownships.QuietDays);
        var townships = request.Run.Townships.ToList();
        // Set-based: one query for every township of the run, however many there are.
        var active = await db.Entries.AsNoTracking()
            .Where(e => townships.Contains(e.TownshipId) && e.On >= since && e.On <= today)
            .Select(e => e.TownshipId).Distinct().ToListAsync(cancellationToken);
        var quiet = townships.Except(active).ToList();
        var day = today.ToDateTime(TimeOnly.MinValue);
        var week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}");
        foreach (var township in quiet)
        {
            db.Enqueue(new ProblemFound(
                CampaignNameModule.Id, $"quiet:{township}:{week}", township, null, "CAMPAIGN_NAME_ZH工作缺位",
                $"近 {CheckQuietTownships.QuietDays} 天（{since:yyyy-MM-dd}–{today:yyyy-MM-dd}）没有工作记录。",
                ProblemSeverity.Normal, null, CheckQuietTownships.DeadlineDays));
        }

        // Durable: the problems are stored in this module's outbox in one save, and delivered after the run.
        await db.SaveChangesAsync(cancellationToken);

        return new CheckOutcome(townships.Count, quiet.Count,
            $"{week}：{townships.Count} 个乡镇中 {quiet.Count} 个近 {CheckQuietTownships.QuietDays} 天没有工作记录");
    }
}
