using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Modules.Publicity.Coverage;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Scoring;

namespace CampaignPlatform.UnitTests.Publicity;

public sealed class SurveyLinesTests
{
    private static readonly ScorePeriod Year2026 = ScorePeriod.ForYear(2026);
    private static readonly Guid Township = Guid.NewGuid();

    private static SurveyRound Round(
        SurveyKind kind, int positive, int sample, Guid? township = null, SurveyConductor by = SurveyConductor.ThirdParty, int endMonth = 6, bool closed = true) =>
        new()
        {
            Id = Guid.NewGuid(), TownshipId = township, Kind = kind, Conductor = by, AgencyName = by == SurveyConductor.ThirdParty ? "清源调查咨询公司" : null,
            Title = $"{kind} {endMonth}", From = new DateOnly(2026, endMonth, 1), To = new DateOnly(2026, endMonth, 20),
            SampleSize = sample, PositiveCount = positive, ClosedAt = closed ? new DateTimeOffset(2026, endMonth, 21, 0, 0, 0, TimeSpan.Zero) : null,
            CreatedBy = "test",
        };

    [Fact]
    public void A_township_is_judged_on_its_own_round_before_the_city_wide_one()
    {
        var own = Round(SurveyKind.Satisfaction, 80, 100, Township, endMonth: 3);
        var city = Round(SurveyKind.Satisfaction, 95, 100, endMonth: 9);

        Assert.Same(own, SurveyLines.Pick([own, city], Township, SurveyKind.Satisfaction, thirdPartyOnly: true, Year2026));
        Assert.Same(city, SurveyLines.Pick([own, city], Guid.NewGuid(), SurveyKind.Satisfaction, thirdPartyOnly: true, Year2026));
        Assert.Same(city, SurveyLines.Pick([own, city], null, SurveyKind.Satisfaction, thirdPartyOnly: true, Year2026));
    }

    [Fact]
    public void Only_closed_third_party_rounds_ending_in_the_period_count_and_the_latest_wins()
    {
        var internalRound = Round(SurveyKind.Satisfaction, 99, 100, by: SurveyConductor.Internal, endMonth: 11);
        var open = Round(SurveyKind.Satisfaction, 99, 100, endMonth: 10, closed: false);
        var earlier = Round(SurveyKind.Satisfaction, 85, 100, endMonth: 4);
        var later = Round(SurveyKind.Satisfaction, 92, 100, endMonth: 8);
        var lastYear = Round(SurveyKind.Satisfaction, 99, 100, endMonth: 8);
        lastYear.To = new DateOnly(2025, 12, 20);

        Assert.Same(later, SurveyLines.Pick([internalRound, open, earlier, later, lastYear], null, SurveyKind.Satisfaction, thirdPartyOnly: true, Year2026));
        Assert.Null(SurveyLines.Pick([internalRound, open, lastYear], null, SurveyKind.Satisfaction, thirdPartyOnly: true, Year2026));
        Assert.Same(internalRound, SurveyLines.Pick([internalRound], null, SurveyKind.Satisfaction, thirdPartyOnly: false, Year2026));
    }

    [Fact]
    public void Ninety_percent_satisfied_earns_the_50_points_and_the_explanation_names_the_round()
    {
        var line = SurveyLines.Satisfaction(Round(SurveyKind.Satisfaction, 45, 50));

        Assert.Equal(ScoreLineKeys.Satisfaction, line.LineKey);
        Assert.Equal(50m, line.PointsEarned);
        Assert.Equal(50m, line.PointsPossible);
        Assert.Contains("清源调查咨询公司", line.Explanation);
        Assert.Contains("90.0%（95% 置信区间 78.6%–95.7%，样本 50）", line.Explanation);
        Assert.Equal(90m, line.Figures!["ratePercent"]);
        Assert.Equal(78.64m, line.Figures["lowerPercent"]);
        Assert.Equal(50m, line.Figures["sampleSize"]);
    }

    [Fact]
    public void Below_ninety_percent_earns_nothing()
    {
        var line = SurveyLines.Satisfaction(Round(SurveyKind.Satisfaction, 89, 100));

        Assert.Equal(0m, line.PointsEarned);
        Assert.Contains("未达到 90%", line.Explanation);
    }

    [Fact]
    public void Awareness_and_participation_lines_carry_rate_and_sample_but_no_points()
    {
        var awareness = SurveyLines.Ranking(Round(SurveyKind.Awareness, 9, 10, Township, SurveyConductor.Internal));
        var participation = SurveyLines.Ranking(Round(SurveyKind.Participation, 0, 10, Township, SurveyConductor.Internal));

        Assert.Equal((ScoreLineKeys.Awareness, 0m, 0m), (awareness.LineKey, awareness.PointsEarned, awareness.PointsPossible));
        Assert.Equal(90m, awareness.Figures!["ratePercent"]);
        Assert.Equal(ScoreLineKeys.Participation, participation.LineKey);
        Assert.Equal(0m, participation.Figures!["ratePercent"]);
        Assert.Equal(27.75m, participation.Figures["upperPercent"]);
    }

    [Theory]
    [InlineData(2026, 11, 29, "2026-W48")]
    [InlineData(2026, 12, 31, "2026-W53")]
    [InlineData(2027, 1, 3, "2026-W53")]
    [InlineData(2027, 1, 4, "2027-W01")]
    public void The_coverage_check_counts_in_iso_weeks(int year, int month, int day, string week) =>
        Assert.Equal(week, CheckCoverageHandler.WeekOf(new DateOnly(year, month, day)));
}
