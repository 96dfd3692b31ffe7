using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Modules.Assessment.Data;
using CampaignPlatform.Modules.Assessment.Schemes;
using CampaignPlatform.Modules.Assessment.Scoring;

namespace CampaignPlatform.UnitTests.Assessment;

public sealed class ScoreCalculatorTests
{
    private static readonly IReadOnlyList<SchemeLine> Scheme = DefaultScheme.For(2026);
    private static readonly DateOnly Day = new(2026, 5, 1);

    private static readonly Dictionary<FactKind, FactState> AllMet = new()
    {
        [FactKind.Prerequisites] = new FactState(true, Day, null),
        [FactKind.TechnicalAssessment] = new FactState(true, Day, "省级技术评估通过"),
    };

    private static Contribution Fed(string key, decimal earned, decimal possible, string module = "hygiene", bool on = true) =>
        new(new ScoreLine(module, key, key, earned, possible, $"{module} {key}"), on);

    private static ScorecardLineDto Line(ScoreResult result, string code) =>
        Flatten(result.Lines).Single(l => l.Code == code);

    private static IEnumerable<ScorecardLineDto> Flatten(IEnumerable<ScorecardLineDto> lines) =>
        lines.SelectMany(l => new[] { l }.Concat(Flatten(l.Children)));

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 70)]
    [InlineData(2, 0)]
    [InlineData(5, 0)]
    public void Exposure_rule_first_costs_30_second_costs_everything(int exposures, int expected)
    {
        Assert.Equal(expected, ScoreCalculator.ExposurePoints(100, exposures));
        var result = ScoreCalculator.Compute(Scheme, new ScoreInputs(AllMet, exposures, []));
        Assert.Equal(expected, Line(result, DefaultScheme.Exposure).PointsEarned);
        Assert.Equal(exposures, Line(result, DefaultScheme.Exposure).Figures["exposures"]);
    }

    [Fact]
    public void The_first_exposure_never_takes_a_small_line_below_zero() => Assert.Equal(0, ScoreCalculator.ExposurePoints(20, 1));

    [Fact]
    public void Everything_perfect_sums_to_1000()
    {
        var result = ScoreCalculator.Compute(Scheme, new ScoreInputs(AllMet, 0,
        [
            Fed(ScoreLineKeys.Handwashing, 65, 65), Fed(ScoreLineKeys.Disinfection, 55, 55),
            Fed(ScoreLineKeys.ComplaintsOnTime, 50, 50, "enforcement"), Fed(ScoreLineKeys.Satisfaction, 50, 50, "publicity"),
        ]));
        Assert.Equal(1000, result.PointsPossible);
        Assert.Equal(1000, result.PointsEarned);
        Assert.Equal(800, Line(result, DefaultScheme.Creation).PointsEarned);
        Assert.Equal(100, Line(result, DefaultScheme.Supervision).PointsEarned);
    }

    [Fact]
    public void All_or_nothing_lines_follow_their_fact_and_are_zero_while_unrecorded()
    {
        var unrecorded = ScoreCalculator.Compute(Scheme, new ScoreInputs(new Dictionary<FactKind, FactState>(), 0, []));
        Assert.Equal(0, Line(unrecorded, DefaultScheme.Prerequisites).PointsEarned);
        Assert.Equal(0, Line(unrecorded, DefaultScheme.TechnicalAssessment).PointsEarned);

        var mixed = ScoreCalculator.Compute(Scheme, new ScoreInputs(new Dictionary<FactKind, FactState>
        {
            [FactKind.Prerequisites] = new(true, Day, null),
            [FactKind.TechnicalAssessment] = new(false, Day, null),
        }, 0, []));
        Assert.Equal(50, Line(mixed, DefaultScheme.Prerequisites).PointsEarned);
        Assert.Equal(0, Line(mixed, DefaultScheme.TechnicalAssessment).PointsEarned);
        Assert.Contains("all or nothing", Line(mixed, DefaultScheme.TechnicalAssessment).Explanation);
        Assert.Equal(50, Line(mixed, DefaultScheme.Creation).PointsEarned);
    }

    [Fact]
    public void Several_module_lines_are_summed_and_capped_at_the_line()
    {
        var result = ScoreCalculator.Compute(Scheme, new ScoreInputs(AllMet, 0,
            [Fed(ScoreLineKeys.Handwashing, 40, 65, "hygiene"), Fed(ScoreLineKeys.Handwashing, 40, 65, "rural-upkeep")]));
        var handwashing = Line(result, ScoreLineKeys.Handwashing);
        Assert.Equal(65, handwashing.PointsEarned);
        Assert.Contains("capped", handwashing.Explanation);

        var under = ScoreCalculator.Compute(Scheme, new ScoreInputs(AllMet, 0,
            [Fed(ScoreLineKeys.Disinfection, 20, 55, "hygiene"), Fed(ScoreLineKeys.Disinfection, 15, 55, "rural-upkeep")]));
        Assert.Equal(35, Line(under, ScoreLineKeys.Disinfection).PointsEarned);
    }

    [Fact]
    public void A_line_no_module_feeds_is_zero_and_says_so_and_lines_of_modules_off_are_dropped()
    {
        var result = ScoreCalculator.Compute(Scheme, new ScoreInputs(AllMet, 0,
            [Fed(ScoreLineKeys.Handwashing, 52, 65, "sample", on: false), Fed(ScoreLineKeys.Disinfection, 30, 55, "hygiene")]));
        Assert.Equal(ScoreCalculator.NoContribution, Line(result, ScoreLineKeys.Satisfaction).Explanation);
        Assert.Equal(0, Line(result, ScoreLineKeys.Handwashing).PointsEarned);
        Assert.Contains(ScoreCalculator.ModuleOff, Line(result, ScoreLineKeys.Handwashing).Explanation);
        Assert.Equal(30, Line(result, ScoreLineKeys.Disinfection).PointsEarned);
    }

    [Fact]
    public void Lines_with_keys_outside_the_scheme_are_listed_but_never_counted()
    {
        var result = ScoreCalculator.Compute(Scheme, new ScoreInputs(AllMet, 0,
            [Fed(ScoreLineKeys.Awareness, 80, 100, "publicity"), Fed(ScoreLineKeys.RuralUpkeep, 90, 100, "rural-upkeep", on: false)]));
        var additional = Assert.Single(result.Additional);
        Assert.Equal(ScoreLineKeys.Awareness, additional.LineKey);
        Assert.Equal(50 + 630 + 100, result.PointsEarned);
    }
}
