using CampaignPlatform.Kernel.Assessment;
using MediatR;

namespace CampaignPlatform.Modules.CampaignName.Scoring;

/// <summary>
/// The module's share of the score. It adds no line yet: a line is added once the campaign has a rule that earns
/// points, e.g. <c>notification.Add(new ScoreLine(CampaignNameModule.Id, ScoreLineKeys.…, "…", earned, possible,
/// "how the points follow from the figures", figures))</c>, earned never above possible. For the whole city
/// (<see cref="CollectScoreContributions.TownshipId"/> null) count only the townships where the module is on. When the
/// assessment asks for several townships at once (<see cref="CollectScoreContributions.EachTownship"/>, for the red and
/// black lists), read each table once grouped by township and add each township's line with
/// <c>notification.Add(townshipId, line)</c>.
/// </summary>
internal sealed class ContributeScores : INotificationHandler<CollectScoreContributions>
{
    public Task Handle(CollectScoreContributions notification, CancellationToken cancellationToken) => Task.CompletedTask;
}
