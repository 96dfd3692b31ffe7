using CampaignPlatform.Modules.Assessment.Data;
using CampaignPlatform.Modules.Assessment.Standard;

namespace CampaignPlatform.UnitTests.Assessment;

public sealed class ReadinessRulesTests
{
    [Theory]
    [InlineData(36.0, true)]
    [InlineData(40.2, true)]
    [InlineData(35.9, false)]
    public void At_least_thresholds_are_met_at_or_above(double value, bool met) =>
        Assert.Equal(met, ReadinessRules.Met(36, ThresholdComparison.AtLeast, (decimal)value, null));

    [Theory]
    [InlineData(60.0, true)]
    [InlineData(55.0, true)]
    [InlineData(60.1, false)]
    public void At_most_thresholds_are_met_at_or_below(double value, bool met) =>
        Assert.Equal(met, ReadinessRules.Met(60, ThresholdComparison.AtMost, (decimal)value, null));

    [Fact]
    public void A_numeric_threshold_without_a_value_is_unknown_whatever_was_stated() =>
        Assert.Null(ReadinessRules.Met(90, ThresholdComparison.AtLeast, null, true));

    [Fact]
    public void The_value_decides_not_the_statement() =>
        Assert.False(ReadinessRules.Met(90, ThresholdComparison.AtLeast, 85, true));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Without_a_numeric_threshold_the_statement_decides(bool stated) =>
        Assert.Equal(stated, ReadinessRules.Met(null, null, null, stated));

    [Fact]
    public void Without_threshold_or_statement_it_is_unknown() => Assert.Null(ReadinessRules.Met(null, null, null, null));
}
