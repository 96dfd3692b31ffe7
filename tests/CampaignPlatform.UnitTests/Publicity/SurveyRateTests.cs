using CampaignPlatform.Modules.Publicity.Surveys;

namespace CampaignPlatform.UnitTests.Publicity;

/// <summary>The Wilson score interval against published values (e.g. Newcombe 1998, table I; any Wilson calculator).</summary>
public sealed class SurveyRateTests
{
    [Fact]
    public void No_answers_give_no_rate_and_say_the_interval_is_undefined()
    {
        var estimate = SurveyRate.Of(0, 0);

        Assert.Null(estimate.Rate);
        Assert.Null(estimate.Lower);
        Assert.Null(estimate.Upper);
        Assert.Equal(SurveyRate.NoSampleNote, estimate.Note);
        Assert.Equal(SurveyRate.NoSampleNote, estimate.Text);
    }

    [Theory]
    [InlineData(0, 10, 0.0, 0.0, 0.2775)]
    [InlineData(10, 10, 1.0, 0.7225, 1.0)]
    [InlineData(1, 1, 1.0, 0.2065, 1.0)]
    [InlineData(45, 50, 0.9, 0.7864, 0.9565)]
    [InlineData(1, 2, 0.5, 0.0945, 0.9055)]
    public void Rates_carry_the_95_percent_wilson_interval(int positive, int sample, double rate, double lower, double upper)
    {
        var estimate = SurveyRate.Of(positive, sample);

        Assert.Equal((decimal)rate, estimate.Rate);
        Assert.Equal((decimal)lower, estimate.Lower);
        Assert.Equal((decimal)upper, estimate.Upper);
        Assert.Null(estimate.Note);
    }

    [Fact]
    public void The_interval_never_leaves_zero_to_one_and_always_contains_the_rate()
    {
        for (var sample = 1; sample <= 60; sample++)
        {
            for (var positive = 0; positive <= sample; positive++)
            {
                var estimate = SurveyRate.Of(positive, sample);
                Assert.InRange(estimate.Lower!.Value, 0m, estimate.Rate!.Value);
                Assert.InRange(estimate.Upper!.Value, estimate.Rate!.Value, 1m);
            }
        }
    }

    [Fact]
    public void The_text_names_rate_interval_and_sample()
    {
        Assert.Equal("90.0%（95% 置信区间 78.6%–95.7%，样本 50）", SurveyRate.Of(45, 50).Text);
    }

    [Theory]
    [InlineData(9, 10, true)]
    [InlineData(899, 1000, false)]
    [InlineData(900, 1000, true)]
    [InlineData(0, 0, false)]
    public void Ninety_percent_is_reached_exactly_not_through_rounding(int positive, int sample, bool reaches) =>
        Assert.Equal(reaches, SurveyRate.Reaches(positive, sample, 90));

    [Theory]
    [InlineData(3, 2)]
    [InlineData(-1, 5)]
    [InlineData(0, -1)]
    public void Impossible_samples_are_refused(int positive, int sample) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SurveyRate.Of(positive, sample));
}
