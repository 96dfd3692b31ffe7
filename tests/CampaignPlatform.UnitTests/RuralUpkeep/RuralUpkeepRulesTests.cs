using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.RuralUpkeep.Demonstrations;
using CampaignPlatform.Modules.RuralUpkeep.Inspections;
using CampaignPlatform.Modules.RuralUpkeep.Points;
using CampaignPlatform.Modules.RuralUpkeep.Ranking;
using CampaignPlatform.Modules.RuralUpkeep.Rounds;
using CampaignPlatform.Modules.RuralUpkeep.Scoring;
using CampaignPlatform.Modules.RuralUpkeep.Template;

namespace CampaignPlatform.UnitTests.RuralUpkeep;

public sealed class InspectionScoringTests
{
    [Fact]
    public void Default_template_weights_add_up_to_100_with_unique_codes()
    {
        var items = DefaultTemplate.Items();
        Assert.Equal(100, items.Sum(i => i.Weight));
        Assert.Equal(items.Count, items.Select(i => i.Code).Distinct().Count());
    }

    [Fact]
    public void All_passed_is_100_and_all_failed_is_0() =>
        Assert.Equal((100m, 0m), (InspectionScoring.Score([(60, true), (40, true)]), InspectionScoring.Score([(60, false), (40, false)])));

    [Theory]
    [InlineData(15, 85.0)]
    [InlineData(10, 90.0)]
    public void A_failed_item_costs_its_weight_out_of_100(int failedWeight, double expected) =>
        Assert.Equal((decimal)expected, InspectionScoring.Score([(100 - failedWeight, true), (failedWeight, false)]));

    [Fact]
    public void Weights_not_adding_up_to_100_are_scaled_and_rounded_to_one_decimal() =>
        Assert.Equal(66.7m, InspectionScoring.Score([(1, true), (1, true), (1, false)]));

    [Fact]
    public void An_empty_checklist_scores_0() => Assert.Equal(0m, InspectionScoring.Score([]));
}

public sealed class ScoreLineTests
{
    [Fact]
    public void Line_explains_the_average_latest_score_and_the_share_of_complete_mechanisms()
    {
        var line = ContributeRuralUpkeepScore.Line(10, [85m, 100m, 90m], 4);
        Assert.Equal(ScoreLineKeys.RuralUpkeep, line.LineKey);
        Assert.Equal(0m, line.PointsEarned);
        Assert.Equal(0m, line.PointsPossible);
        Assert.Equal(91.7m, line.Figures!["averageScore"]);
        Assert.Equal(40m, line.Figures["completeMechanismPercent"]);
        Assert.Equal(3m, line.Figures["inspectedVillages"]);
        Assert.Contains("91.7", line.Explanation);
        Assert.Contains("40", line.Explanation);
    }

    [Fact]
    public void No_villages_and_no_inspections_give_zeros_not_errors()
    {
        var line = ContributeRuralUpkeepScore.Line(0, [], 0);
        Assert.Equal(0m, line.Figures!["averageScore"]);
        Assert.Equal(0m, line.Figures["completeMechanismPercent"]);
    }
}

public sealed class PointRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Grades_earn_10_6_3_and_0() =>
        Assert.Equal([10, 6, 3, 0], new[] { CourtyardGrade.Excellent, CourtyardGrade.Good, CourtyardGrade.Pass, CourtyardGrade.Fail }.Select(PointRules.PointsFor));

    [Fact]
    public void Every_movement_records_the_balance_after_it()
    {
        var household = new Household { Id = 3, Name = "张家" };
        var earned = PointRules.Apply(household, 10, "评比", "村委", Now);
        var spent = PointRules.Apply(household, -4, "兑换洗衣粉", "村委", Now);
        Assert.Equal((10, 6), (earned.BalanceAfter, spent.BalanceAfter));
        Assert.Equal(6, household.Balance);
        Assert.Equal(2, household.Version);
    }

    [Fact]
    public void A_balance_never_goes_negative()
    {
        var household = new Household { Id = 3, Name = "张家", Balance = 5, Version = 1 };
        var conflict = Assert.Throws<ConflictException>(() => PointRules.Apply(household, -6, "兑换", "村委", Now));
        Assert.Equal(5, conflict.Extensions["balance"]);
        Assert.Equal((5, 1), (household.Balance, household.Version));
        Assert.Equal(0, PointRules.Apply(household, -5, "兑换", "村委", Now).BalanceAfter);
    }
}

public sealed class RankingTests
{
    [Fact]
    public void Best_three_are_red_worst_three_black_and_uninspected_villages_come_last_unranked()
    {
        var villages = Enumerable.Range(1, 8)
            .Select(i => (Guid.NewGuid(), $"村{i}", i == 8 ? (decimal?)null : 60m + (i * 5), (DateOnly?)null)).ToList();
        var ranked = GetVillageRankingHandler.Rank(villages);
        Assert.Equal(["村7", "村6", "村5"], ranked.Where(r => r.List == "红榜").Select(r => r.VillageName));
        Assert.Equal(["村3", "村2", "村1"], ranked.Where(r => r.List == "黑榜").Select(r => r.VillageName));
        Assert.Equal(1, ranked[0].Rank);
        Assert.Null(ranked[^1].Rank);
        Assert.Equal("村8", ranked[^1].VillageName);
    }

    [Fact]
    public void With_few_villages_the_red_list_fills_first_and_nobody_is_on_both()
    {
        var ranked = GetVillageRankingHandler.Rank([(Guid.NewGuid(), "甲", 90m, null), (Guid.NewGuid(), "乙", 70m, null)]);
        Assert.All(ranked, r => Assert.Equal("红榜", r.List));
    }
}

public sealed class DemonstrationRulesTests
{
    [Fact]
    public void Eligible_when_the_last_four_average_90_or_more_and_the_five_haves_are_complete()
    {
        var result = DemonstrationRules.Assess([90m, 85m, 95m, 90m, 10m], fiveHavesComplete: true, openMajorItems: 0);
        Assert.True(result.Eligible);
        Assert.Equal(90m, result.AverageOfLastFour);
        Assert.Equal(4, result.InspectionsCounted);
    }

    [Fact]
    public void Not_eligible_below_90_with_fewer_than_four_inspections_or_incomplete_five_haves()
    {
        Assert.False(DemonstrationRules.Assess([90m, 85m, 95m, 89m], true, 0).Eligible);
        Assert.False(DemonstrationRules.Assess([100m, 100m, 100m], true, 0).Eligible);
        var both = DemonstrationRules.Assess([100m, 100m, 100m, 100m], false, 0);
        Assert.False(both.Eligible);
        Assert.Single(both.Reasons);
    }

    [Fact]
    public void Not_eligible_while_a_major_rectification_item_is_open()
    {
        var result = DemonstrationRules.Assess([100m, 100m, 100m, 100m], fiveHavesComplete: true, openMajorItems: 1);
        Assert.False(result.Eligible);
        Assert.Equal(1, result.OpenMajorItems);
        Assert.Contains(result.Reasons, r => r.Contains("major rectification", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { 79.9, 80, 80, 80 }, true)]
    [InlineData(new[] { 80.0, 80, 80, 80 }, false)]
    [InlineData(new[] { 20.0, 100, 100, 100, 0 }, false)]
    public void Withdrawn_when_the_last_four_average_below_80(double[] scores, bool withdraw) =>
        Assert.Equal(withdraw, DemonstrationRules.ShouldWithdraw(scores.Select(s => (decimal)s).ToList()));
}

public sealed class MissedInspectionFortnightTests
{
    [Theory]
    [InlineData("2026-11-23", "2026-11-16")]
    [InlineData("2026-11-29", "2026-11-16")]
    [InlineData("2026-11-30", "2026-11-30")]
    [InlineData("2024-01-01", "2024-01-01")]
    [InlineData("2024-01-14", "2024-01-01")]
    [InlineData("2024-01-15", "2024-01-15")]
    public void A_silent_village_is_reported_once_per_fixed_fortnight(string day, string fortnight) =>
        Assert.Equal(DateOnly.Parse(fortnight), ReportMissedInspectionsHandler.FortnightOf(DateOnly.Parse(day)));
}
