using System.Text.Json;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Assessment.Data;
using CampaignPlatform.Modules.Assessment.Scoring;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Assessment.Snapshots;

/// <summary>The nightly recompute: a snapshot of the city's scorecard and of each township's, for the run's city date.</summary>
internal sealed record RecomputeScores : CheckRequest;

/// <summary>
/// Safe to repeat: the day's snapshots of the covered scopes are replaced in one transaction, and a unique index
/// on (year, scope, day) keeps exactly one per scope and day whatever happens.
/// </summary>
internal sealed class RecomputeScoresHandler(AssessmentDbContext db, ScorecardBuilder builder, IMediator mediator, TimeProvider time)
    : IRequestHandler<RecomputeScores, CheckOutcome>
{
    public async Task<CheckOutcome> Handle(RecomputeScores request, CancellationToken cancellationToken)
    {
        var day = CityClock.DateOf(request.Run.StartedAt);
        var covered = request.Run.Townships.ToHashSet();
        var townships = (await mediator.Send(new ListTownships(), cancellationToken)).Where(t => covered.Contains(t.Id)).ToList();

        var cards = await builder.BuildAll(day.Year, day, [null, .. townships], cancellationToken);

        var now = time.GetUtcNow();
        var snapshots = cards.Select(card => new ScoreSnapshot
        {
            Year = card.Year, Day = day, Scope = ScoreSnapshot.ScopeOf(card.TownshipId), TownshipId = card.TownshipId,
            PointsEarned = card.PointsEarned, PointsPossible = card.PointsPossible, Scorecard = JsonSerializer.Serialize(card, JsonSerializerOptions.Web),
            ComputedAt = now, RunId = request.Run.RunId,
        }).ToList();
        var scopes = snapshots.Select(s => s.Scope).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var replaced = await db.Snapshots
            .Where(s => s.Year == day.Year && s.Day == day && scopes.Contains(s.Scope))
            .ExecuteDeleteAsync(cancellationToken);
        db.Snapshots.AddRange(snapshots);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var created = snapshots.Count - replaced;
        return new CheckOutcome(snapshots.Count, created,
            $"{day:yyyy-MM-dd} 记录评分快照 {snapshots.Count} 份（全市 1 份，乡镇 {townships.Count} 份，新增 {created} 份）。" +
            $"{snapshots.Count} snapshots for {day:yyyy-MM-dd}, {created} new.");
    }
}
