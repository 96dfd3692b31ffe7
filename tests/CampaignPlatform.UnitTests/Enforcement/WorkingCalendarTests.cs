using CampaignPlatform.Modules.Enforcement.Calendar;

namespace CampaignPlatform.UnitTests.Enforcement;

public sealed class WorkingCalendarTests
{
    private static DateTimeOffset City(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static WorkingCalendar Calendar(DateOnly[]? holidays = null, DateOnly[]? makeUp = null) =>
        new((holidays ?? []).ToHashSet(), (makeUp ?? []).ToHashSet(), WorkingCalendar.DefaultPeriods);

    [Fact]
    public void Four_working_hours_from_a_monday_morning_skip_the_lunch_break()
    {
        // 10:00–12:00 is two hours, 13:30–15:30 the other two. 9 March 2026 is a Monday.
        Assert.Equal(City(3, 9, 15, 30), Calendar().AddWorkingHours(City(3, 9, 10), 4));
    }

    [Fact]
    public void Hours_left_on_a_friday_carry_over_the_weekend()
    {
        // Friday 16:00–17:30 is 1.5 hours; the remaining 2.5 run from Monday 08:30.
        Assert.Equal(City(3, 16, 11), Calendar().AddWorkingHours(City(3, 13, 16), 4));
    }

    [Fact]
    public void A_public_holiday_is_skipped_and_a_make_up_saturday_is_worked()
    {
        Assert.Equal(City(3, 17, 11), Calendar(holidays: [new DateOnly(2026, 3, 16)]).AddWorkingHours(City(3, 13, 16), 4));
        Assert.Equal(City(3, 14, 11), Calendar(makeUp: [new DateOnly(2026, 3, 14)]).AddWorkingHours(City(3, 13, 16), 4));
    }

    [Fact]
    public void A_start_outside_working_hours_counts_from_the_next_working_moment()
    {
        Assert.Equal(City(3, 16, 12), Calendar().AddWorkingHours(City(3, 14, 20), 3.5)); // Saturday evening → Monday
        Assert.Equal(City(3, 9, 14, 30), Calendar().AddWorkingHours(City(3, 9, 12, 30), 1)); // lunch break → afternoon
    }

    [Fact]
    public void Twenty_working_days_from_a_monday_at_the_start_of_work_end_four_fridays_later_at_the_close()
    {
        Assert.Equal(City(4, 3, 17, 30), Calendar().AddWorkingDays(City(3, 9, 8, 30), 20));
        Assert.Equal(TimeSpan.FromHours(7.5), Calendar().WorkingDayLength);
    }

    [Fact]
    public void The_same_moment_in_utc_gives_the_same_deadline()
    {
        var utc = City(3, 9, 10).ToUniversalTime();
        Assert.Equal(City(3, 9, 15, 30), Calendar().AddWorkingHours(utc, 4));
    }

    [Theory]
    [InlineData("4h", 4, false)]
    [InlineData("20d", 20, true)]
    [InlineData(" 2H ", 2, false)]
    public void Time_limits_are_read_as_working_hours_or_days(string text, int amount, bool inDays) =>
        Assert.Equal(new TimeLimit(amount, inDays), TimeLimit.Parse(text));

    [Theory]
    [InlineData("4")]
    [InlineData("0h")]
    [InlineData("-2d")]
    [InlineData("4w")]
    public void Time_limits_that_are_not_hours_or_days_are_refused(string text) =>
        Assert.Throws<FormatException>(() => TimeLimit.Parse(text));

    [Fact]
    public void Working_periods_are_read_and_bad_ones_refused()
    {
        Assert.Equal(new WorkingPeriod(new TimeOnly(8, 30), new TimeOnly(12, 0)), WorkingPeriod.Parse("08:30-12:00"));
        Assert.Throws<FormatException>(() => WorkingPeriod.Parse("12:00-08:30"));
    }
}
