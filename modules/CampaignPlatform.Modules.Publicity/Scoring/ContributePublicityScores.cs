using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Surveys;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.Scoring;

/// <summary>
/// The satisfaction line (第三方满意度, 50 or 0) and the awareness and participation lines for the ranking, each standing
/// on one closed survey round that ended in the period (see <see cref="SurveyLines.Pick"/>). A kind with no such round
/// adds no line, so the scorecard shows the gap instead of a zero nobody can explain.
/// </summary>
internal sealed class ContributePublicityScores(PublicityDbContext db) : INotificationHandler<CollectScoreContributions>
{
    public async Task Handle(CollectScoreContributions notification, CancellationToken cancellationToken)
    {
        var period = notification.Period;
        var township = notification.TownshipId;
        var rounds = await SurveyQueries.ClosedEndingIn(db, township, period.From, period.To).ToListAsync(cancellationToken);
        if (SurveyLines.Pick(rounds, township, SurveyKind.Satisfaction, thirdPartyOnly: true, period) is { } satisfaction)
        {
            notification.Add(SurveyLines.Satisfaction(satisfaction));
        }

        foreach (var kind in new[] { SurveyKind.Awareness, SurveyKind.Participation })
        {
            if (SurveyLines.Pick(rounds, township, kind, thirdPartyOnly: false, period) is { } round)
            {
                notification.Add(SurveyLines.Ranking(round));
            }
        }
    }
}
