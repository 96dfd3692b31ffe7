using System.Globalization;

namespace CampaignPlatform.Kernel.Time;

/// <summary>
/// Weeks of the city's calendar for trends (score per week, cases per week…): ISO weeks, Monday to Sunday, named by
/// their Monday.
/// </summary>
public static class CityWeeks
{
    /// <summary>The Monday of the week <paramref name="day"/> falls in.</summary>
    public static DateOnly StartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The Mondays of the last <paramref name="count"/> weeks up to and including today's, oldest first.</summary>
    public static IReadOnlyList<DateOnly> Recent(DateOnly today, int count)
    {
        var current = StartOf(today);
        return Enumerable.Range(0, count).Select(i => current.AddDays(-7 * (count - 1 - i))).ToList();
    }

    /// <summary>A week's short label on a chart: its Monday as month-day.</summary>
    public static string Label(DateOnly monday) => monday.ToString("MM-dd", CultureInfo.InvariantCulture);
}
