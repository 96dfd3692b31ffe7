using System.Globalization;
using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Surveys;

namespace CampaignPlatform.Modules.Publicity.Scoring;

/// <summary>Which survey round a score line stands on, and the line it makes; pure, so both are unit-tested.</summary>
internal static class SurveyLines
{
    public const decimal SatisfactionPoints = 50m;
    public const int SatisfactionThresholdPercent = 90;

    /// <summary>
    /// The latest closed round of <paramref name="kind"/> that ended in the period (third-party only when asked). For a
    /// township its own round comes first — it was surveyed on its own — and the city-wide round stands in when it has
    /// none, since the province's survey covers every township; for the city only a city-wide round counts.
    /// </summary>
    public static SurveyRound? Pick(IEnumerable<SurveyRound> rounds, Guid? townshipId, SurveyKind kind, bool thirdPartyOnly, ScorePeriod period)
    {
        var candidates = rounds
            .Where(r => r.Kind == kind && r.ClosedAt is not null && r.SampleSize > 0 && r.To >= period.From && r.To <= period.To
                        && (!thirdPartyOnly || r.Conductor == SurveyConductor.ThirdParty))
            .ToList();
        static SurveyRound? Latest(IEnumerable<SurveyRound> list) =>
            list.OrderByDescending(r => r.To).ThenByDescending(r => r.ClosedAt).FirstOrDefault();
        return (townshipId is { } id ? Latest(candidates.Where(r => r.TownshipId == id)) : null)
               ?? Latest(candidates.Where(r => r.TownshipId == null));
    }

    /// <summary>第三方满意度: 50 when the round's satisfied share is 90 % or more, else 0.</summary>
    public static ScoreLine Satisfaction(SurveyRound round)
    {
        var estimate = SurveyRate.Of(round.PositiveCount, round.SampleSize);
        var met = SurveyRate.Reaches(round.PositiveCount, round.SampleSize, SatisfactionThresholdPercent);
        var points = met ? SatisfactionPoints : 0m;
        var explanation = string.Create(CultureInfo.InvariantCulture,
            $"{Describe(round)}满意率 {estimate.Text}，{(met ? "达到" : "未达到")} {SatisfactionThresholdPercent}%，得 {points:0} 分。 " +
            $"Satisfied {round.PositiveCount} of {round.SampleSize}: {(met ? "reaches" : "below")} {SatisfactionThresholdPercent} %, {points:0} of {SatisfactionPoints:0} points.");
        return new ScoreLine(PublicityModule.Id, ScoreLineKeys.Satisfaction, "第三方满意度", points, SatisfactionPoints, explanation, Figures(round, estimate));
    }

    /// <summary>知晓率 or 参与率, for the township ranking: no points, the rate and its interval in the figures.</summary>
    public static ScoreLine Ranking(SurveyRound round)
    {
        var estimate = SurveyRate.Of(round.PositiveCount, round.SampleSize);
        var (key, name) = round.Kind == SurveyKind.Awareness ? (ScoreLineKeys.Awareness, "知晓率") : (ScoreLineKeys.Participation, "参与率");
        var explanation = string.Create(CultureInfo.InvariantCulture,
            $"{Describe(round)}{name} {estimate.Text}。仅用于乡镇排名，不计省考核分。 {round.PositiveCount} of {round.SampleSize}; for the ranking only, no points.");
        return new ScoreLine(PublicityModule.Id, key, name, 0m, 0m, explanation, Figures(round, estimate));
    }

    private static string Describe(SurveyRound round)
    {
        var by = round.Conductor == SurveyConductor.ThirdParty ? $"第三方（{round.AgencyName}）" : "内部";
        var scope = round.TownshipId is null ? "全市" : "本乡镇";
        return string.Create(CultureInfo.InvariantCulture, $"{by}{scope}调查“{round.Title}”（{round.From:yyyy-MM-dd}–{round.To:yyyy-MM-dd}）：");
    }

    private static Dictionary<string, decimal> Figures(SurveyRound round, RateEstimate estimate) => new()
    {
        ["sampleSize"] = round.SampleSize,
        ["positiveCount"] = round.PositiveCount,
        ["ratePercent"] = Percent(estimate.Rate),
        ["lowerPercent"] = Percent(estimate.Lower),
        ["upperPercent"] = Percent(estimate.Upper),
    };

    /// <summary>The four-place fraction as a percentage with two places: exact, so no second rounding.</summary>
    private static decimal Percent(decimal? fraction) => (fraction ?? 0m) * 100m;
}
