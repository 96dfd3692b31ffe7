using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Surveys;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.Scoring;

/// <summary>
/// The satisfaction line (第三方满意度, 50 or 0) and the awareness and participation lines for the ranking, each standing
/// on one closed survey round that ended in the period (see <see cref="SurveyLines.Pick"/>). A kind with no such round
/// adds no line, so the scorecard shows the gap instead of a zero nobody can explain. Asked for each of several
/// townships, the rounds are read once and picked per township.
/// </summary>
internal sealed class ContributePublicityScores(PublicityDbContext db) : INotificationHandler<CollectScoreContributions>
{
    public async Task Handle(CollectScoreContributions notification, CancellationToken cancellationToken)
    {
        var period = notification.Period;
        if (notification.EachTownship is { } each)
        {
            var roundsOfAll = await SurveyQueries.ClosedEndingIn(db, each, period.From, period.To).ToListAsync(cancellationToken);
            foreach (var township in each)
            {
                AddLines(line => notification.Add(township, line), roundsOfAll, township, period);
            }

            return;
        }

        var rounds = await SurveyQueries.ClosedEndingIn(db, notification.TownshipId, period.From, period.To).ToListAsync(cancellationToken);
        AddLines(notification.Add, rounds, notification.TownshipId, period);
    }

    private static void AddLines(Action<ScoreLine> add, IReadOnlyList<SurveyRound> rounds, Guid? township, ScorePeriod period)
    {
        if (SurveyLines.Pick(rounds, township, SurveyKind.Satisfaction, thirdPartyOnly: true, period) is { } satisfaction)
        {
            add(SurveyLines.Satisfaction(satisfaction));
        }

        foreach (var kind in new[] { SurveyKind.Awareness, SurveyKind.Participation })
        {
            if (SurveyLines.Pick(rounds, township, kind, thirdPartyOnly: false, period) is { } round)
            {
                add(SurveyLines.Ranking(round));
            }
        }
    }
}
