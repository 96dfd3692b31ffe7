using CampaignPlatform.Modules.Hygiene.Scoring;

namespace CampaignPlatform.UnitTests.Hygiene;

/// <summary>The split of a period into months read from the month tallies and the days left over.</summary>
public sealed class WholeMonthsTests
{
    [Theory]
    [InlineData("2026-01-01", "2026-11-29", "2026-12-15", "2026-01-01", "2026-11-01")] // a past period's end: January–October whole, November's days
    [InlineData("2026-01-01", "2026-11-29", "2026-11-29", "2026-01-01", "2026-12-01")] // a year to today: November holds no later day, whole too
    [InlineData("2026-01-01", "2026-12-31", "2027-03-01", "2026-01-01", "2027-01-01")] // a whole year: every month whole, no days
    [InlineData("2026-03-15", "2026-06-10", "2026-07-01", "2026-04-01", "2026-06-01")] // April and May whole, days at both ends
    [InlineData("2026-03-15", "2026-06-10", "2026-06-10", "2026-04-01", "2026-07-01")] // to today: June whole, March's days
    [InlineData("2026-03-15", "2026-04-10", "2026-05-01", "2026-04-11", "2026-04-11")] // no whole month: every day from the day tallies
    [InlineData("2026-04-02", "2026-04-10", "2026-04-10", "2026-04-11", "2026-04-11")] // a part month to today: its days
    [InlineData("2026-02-01", "2026-02-28", "2026-03-01", "2026-02-01", "2026-03-01")] // exactly one month
    public void Whole_months_hold_only_the_period_s_days_and_leave_part_months_to_the_days(string from, string to, string today, string wholeFrom, string wholeTo)
    {
        var (first, end) = DisinfectionSiteDays.WholeMonths(DateOnly.Parse(from), DateOnly.Parse(to), DateOnly.Parse(today));

        Assert.Equal(DateOnly.Parse(wholeFrom), first);
        Assert.Equal(DateOnly.Parse(wholeTo), end);
    }
}
