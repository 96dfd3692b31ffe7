using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene;
using CampaignPlatform.Modules.Hygiene.Compliance;
using CampaignPlatform.Modules.Hygiene.Data;
using CampaignPlatform.Modules.Hygiene.Disinfection;

namespace CampaignPlatform.UnitTests.Hygiene;

public sealed class HygieneArithmeticTests
{
    private static DateTimeOffset City(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Logs_at_23_30_and_00_30_city_time_fall_on_different_days_though_the_same_utc_day()
    {
        var late = City(2026, 3, 9, 23, 30);
        var early = City(2026, 3, 10, 0, 30);
        Assert.Equal(late.UtcDateTime.Date, early.UtcDateTime.Date); // both 9 March in UTC

        Assert.Equal(new DateOnly(2026, 3, 9), CityClock.DateOf(late));
        Assert.Equal(new DateOnly(2026, 3, 10), CityClock.DateOf(early));
    }

    [Fact]
    public void An_entry_at_00_10_city_time_on_the_first_counts_for_the_new_month_not_the_old()
    {
        // 31 January 16:10 UTC is 1 February 00:10 in the city.
        Assert.Equal(new DateOnly(2026, 2, 1), CityClock.DateOf(new DateTimeOffset(2026, 1, 31, 16, 10, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Site_days_run_across_month_ends_and_leap_days()
    {
        Assert.Equal(5, HygieneArithmetic.SiteDayCount(City(2028, 1, 5, 9, 0), null, new DateOnly(2028, 2, 27), new DateOnly(2028, 3, 2)));
    }

    [Fact]
    public void A_site_owes_from_its_registration_day_to_the_day_before_its_retirement()
    {
        // Registered on 10 March at 23:50 city time (15:50 UTC): the 10th is owed; retired on the 14th: the 13th is the last.
        var registered = new DateTimeOffset(2026, 3, 10, 15, 50, 0, TimeSpan.Zero);
        Assert.Equal((new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 13)),
            HygieneArithmetic.SiteWindow(registered, new DateOnly(2026, 3, 14), new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15)));
        Assert.Equal(4, HygieneArithmetic.SiteDayCount(registered, new DateOnly(2026, 3, 14), new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15)));
    }

    [Fact]
    public void An_empty_range_counts_nothing()
    {
        Assert.Equal(0, HygieneArithmetic.SiteDayCount(City(2026, 1, 5, 9, 0), null, new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 9)));
        // Retired before the range begins.
        Assert.Equal(0, HygieneArithmetic.SiteDayCount(City(2026, 1, 5, 9, 0), new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15)));
    }

    [Theory]
    [InlineData(65, 97, 120, 52.54)]
    [InlineData(55, 1, 3, 18.33)]
    [InlineData(55, 3, 3, 55)]
    [InlineData(65, 0, 0, 0)]
    [InlineData(65, 0, 10, 0)]
    public void Points_are_the_share_of_the_line_rounded_to_cents(decimal points, int met, int total, decimal expected)
    {
        Assert.Equal(expected, HygieneArithmetic.Share(points, met, total));
    }

    [Theory]
    [InlineData(1, true, true)]
    [InlineData(0, true, false)]
    [InlineData(3, false, false)]
    public void Handwashing_needs_a_working_facility_and_soap(int working, bool soap, bool adequate)
    {
        Assert.Equal(adequate, HygieneArithmetic.FacilityAdequate(working, soap));
    }

    [Fact]
    public void Frequencies_default_per_the_issue_and_configuration_overrides_them()
    {
        var options = new HygieneOptions();
        Assert.Equal(2, options.FrequencyOf(SiteCategory.Hospital));
        Assert.Equal(2, options.FrequencyOf(SiteCategory.Station));
        Assert.Equal(1, options.FrequencyOf(SiteCategory.Market));
        Assert.Equal(1, options.FrequencyOf(SiteCategory.School));
        Assert.Equal(1, options.FrequencyOf(SiteCategory.ServiceHall));
        Assert.Equal(1, options.FrequencyOf(SiteCategory.Restaurant));

        options.Frequencies[SiteCategory.Market] = 3;
        Assert.Equal(3, options.FrequencyOf(SiteCategory.Market));
    }

    [Fact]
    public void Entry_times_are_kept_to_the_minute_in_utc()
    {
        var at = LogDisinfectionHandler.TruncateToMinute(new DateTimeOffset(2026, 3, 10, 0, 30, 45, TimeSpan.FromHours(8)).AddMilliseconds(123));
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 16, 30, 0, TimeSpan.Zero), at);
        Assert.Equal(TimeSpan.Zero, at.Offset);
    }
}
