using CampaignPlatform.Kernel.Time;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.UnitTests.Kernel;

public sealed class CityClockTests
{
    [Fact]
    public void The_city_day_starts_at_16_00_utc_the_day_before()
    {
        var start = CityClock.StartOf(new DateOnly(2026, 3, 1));
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 16, 0, 0, TimeSpan.Zero), start);
    }

    [Fact]
    public void Today_follows_china_standard_time_not_utc()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 17, 30, 0, TimeSpan.Zero)); // 01:30 on the 30th in the city
        Assert.Equal(new DateOnly(2026, 11, 30), CityClock.Today(clock));
        var earlier = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 15, 59, 0, TimeSpan.Zero)); // 23:59 on the 29th
        Assert.Equal(new DateOnly(2026, 11, 29), CityClock.Today(earlier));
    }

    [Fact]
    public void The_city_keeps_utc_plus_8_all_year()
    {
        Assert.Equal(TimeSpan.FromHours(8), CityClock.Zone.GetUtcOffset(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(8), CityClock.Zone.GetUtcOffset(new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc)));
    }
}
