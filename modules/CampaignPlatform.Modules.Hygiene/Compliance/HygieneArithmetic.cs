using CampaignPlatform.Kernel.Time;

namespace CampaignPlatform.Modules.Hygiene.Compliance;

/// <summary>The pure arithmetic of compliance and scoring, kept apart so it can be tested without a database.</summary>
internal static class HygieneArithmetic
{
    public const decimal HandwashingPoints = 65;
    public const decimal DisinfectionPoints = 55;

    /// <summary>A site's handwashing is adequate with at least one working facility and soap or sanitiser.</summary>
    public static bool FacilityAdequate(int working, bool soapPresent) => working >= 1 && soapPresent;

    /// <summary>
    /// The days of a site within <paramref name="from"/>–<paramref name="to"/>: from its registration day (or
    /// <paramref name="from"/>) to the day before it was retired (or <paramref name="to"/>); empty when last is before first.
    /// </summary>
    public static (DateOnly First, DateOnly Last) SiteWindow(DateTimeOffset createdAt, DateOnly? retiredOn, DateOnly from, DateOnly to)
    {
        var registered = CityClock.DateOf(createdAt);
        var first = registered > from ? registered : from;
        var last = retiredOn is { } retired && retired <= to ? retired.AddDays(-1) : to;
        return (first, last);
    }

    /// <summary>How many days <see cref="SiteWindow"/> holds.</summary>
    public static int SiteDayCount(DateTimeOffset createdAt, DateOnly? retiredOn, DateOnly from, DateOnly to)
    {
        var (first, last) = SiteWindow(createdAt, retiredOn, from, to);
        return Math.Max(0, last.DayNumber - first.DayNumber + 1);
    }

    /// <summary><paramref name="points"/> × met / total, rounded to two decimals; nothing to count earns nothing.</summary>
    public static decimal Share(decimal points, int met, int total) =>
        total <= 0 ? 0 : Math.Round(points * met / total, 2, MidpointRounding.AwayFromZero);
}
