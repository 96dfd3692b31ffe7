using CampaignPlatform.Kernel.Time;

namespace CampaignPlatform.Modules.Enforcement.Calendar;

/// <summary>A working period of a day in city time, e.g. 08:30–12:00.</summary>
internal sealed record WorkingPeriod(TimeOnly Start, TimeOnly End)
{
    public static WorkingPeriod Parse(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        var period = parts.Length == 2 && TimeOnly.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var start)
                     && TimeOnly.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var end) && end > start
            ? new WorkingPeriod(start, end)
            : throw new FormatException($"'{text}' is not a working period like 08:30-12:00.");
        return period;
    }
}

/// <summary>
/// Deadline arithmetic on the city's working calendar: Monday–Friday minus public holidays plus make-up working
/// days (调休), each with its working periods. A working day counts as the sum of the periods (7.5 hours by default),
/// so "N working days" is N × that many working hours: the deadline falls at the same working moment N days on.
/// Pure: no clock, no database.
/// </summary>
internal sealed class WorkingCalendar(IReadOnlySet<DateOnly> holidays, IReadOnlySet<DateOnly> makeUpWorkdays, IReadOnlyList<WorkingPeriod> periods)
{
    public static readonly IReadOnlyList<WorkingPeriod> DefaultPeriods =
        [new(new TimeOnly(8, 30), new TimeOnly(12, 0)), new(new TimeOnly(13, 30), new TimeOnly(17, 30))];

    public TimeSpan WorkingDayLength { get; } = periods.Aggregate(TimeSpan.Zero, (sum, p) => sum + (p.End - p.Start));

    public bool IsWorkingDay(DateOnly date) =>
        makeUpWorkdays.Contains(date) || (!holidays.Contains(date) && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days) => AddWorkingTime(start, WorkingDayLength * days);

    public DateTimeOffset AddWorkingHours(DateTimeOffset start, double hours) => AddWorkingTime(start, TimeSpan.FromHours(hours));

    /// <summary>The instant <paramref name="amount"/> of working time after <paramref name="start"/> (UTC in, UTC out).</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan amount)
    {
        var local = CityClock.ToCityTime(start);
        var remaining = amount;
        var date = DateOnly.FromDateTime(local.DateTime);
        var clock = TimeOnly.FromDateTime(local.DateTime);
        // Ten years of calendar is far beyond any time limit; the bound only stops a calendar with no working day.
        for (var i = 0; i < 3660; i++, date = date.AddDays(1), clock = TimeOnly.MinValue)
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }

            foreach (var period in periods)
            {
                if (clock >= period.End)
                {
                    continue;
                }

                var begin = clock > period.Start ? clock : period.Start;
                var available = period.End - begin;
                if (remaining <= available)
                {
                    return CityClock.StartOf(date) + begin.ToTimeSpan() + remaining;
                }

                remaining -= available;
            }
        }

        throw new InvalidOperationException("The working calendar has no working time in the next ten years.");
    }
}
