namespace CampaignPlatform.Kernel.Time;

/// <summary>
/// The city's calendar: deadlines, periods and "yesterday" are dates in China Standard Time (UTC+8, no DST),
/// while instants are stored in UTC. Always derived from an injected <see cref="TimeProvider"/>.
/// </summary>
public static class CityClock
{
    public static TimeZoneInfo Zone { get; } = ResolveZone();

    public static DateTimeOffset ToCityTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToCityTime(instant).DateTime);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>The instant of a wall-clock time in the city (what a person types into a form), in UTC.</summary>
    public static DateTimeOffset FromCityTime(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>The UTC instant at which <paramref name="date"/> begins in the city.</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        return FromCityTime(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified));
    }

    private static TimeZoneInfo ResolveZone()
    {
        foreach (var id in new[] { "Asia/Shanghai", "China Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        // A machine without time-zone data still knows the city's rule: UTC+8 all year.
        return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
    }
}
