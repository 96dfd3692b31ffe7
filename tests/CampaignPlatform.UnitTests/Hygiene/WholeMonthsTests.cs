using CampaignPlatform.Modules.Hygiene.Scoring;

namespace CampaignPlatform.UnitTests.Hygiene;

/// <summary>The split of a period into whole months (read from the month tallies) and the days left over.</summary>
public sealed class WholeMonthsTests
{
    [Theory]
    [InlineData("2026-01-01", "2026-11-29", "2026-01-01", "2026-11-01")] // a year to date: January–October whole, November's days
    [InlineData("2026-01-01", "2026-12-31", "2026-01-01", "2027-01-01")] // a whole year: every month whole, no days
    [InlineData("2026-03-15", "2026-06-10", "2026-04-01", "2026-06-01")] // April and May whole, days at both ends
    [InlineData("2026-03-15", "2026-04-10", "2026-04-11", "2026-04-11")] // no whole month: every day from the day tallies
    [InlineData("2026-02-01", "2026-02-28", "2026-02-01", "2026-03-01")] // exactly one month
    public void Whole_months_lie_inside_the_period_and_leave_only_part_months_to_the_days(string from, string to, string wholeFrom, string wholeTo)
    {
        var (first, end) = DisinfectionSiteDays.WholeMonths(DateOnly.Parse(from), DateOnly.Parse(to));

        Assert.Equal(DateOnly.Parse(wholeFrom), first);
        Assert.Equal(DateOnly.Parse(wholeTo), end);
    }
}
