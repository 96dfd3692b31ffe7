using System.Globalization;
using CampaignPlatform.Modules.Enforcement.Data;

namespace CampaignPlatform.Modules.Enforcement.Calendar;

/// <summary>A time limit in working hours ("4h") or working days ("20d").</summary>
internal sealed record TimeLimit(int Amount, bool InDays)
{
    public static TimeLimit Hours(int amount) => new(amount, false);

    public static TimeLimit Days(int amount) => new(amount, true);

    public static TimeLimit Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Length >= 2 && int.TryParse(t[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount > 0 && t[^1] is 'h' or 'd')
        {
            return new TimeLimit(amount, t[^1] == 'd');
        }

        throw new FormatException($"'{text}' is not a time limit like 4h or 20d.");
    }

    public DateTimeOffset From(DateTimeOffset start, WorkingCalendar calendar) =>
        InDays ? calendar.AddWorkingDays(start, Amount) : calendar.AddWorkingHours(start, Amount);

    public override string ToString() => InDays ? $"{Amount} 个工作日" : $"{Amount} 个工作小时";
}

/// <summary>
/// Default time limits per category and step, from the example city in DOMAIN.md where it names one (exposed
/// rubbish 4 working hours; illegal building: stop work 4 working hours, demolition 20 working days; road
/// cleanliness 2 working hours for street occupation; green-space upkeep 5 working days for facility damage).
/// The rest are our defaults; every one can be set in <c>Enforcement:TimeLimits</c>.
/// </summary>
internal static class DefaultTimeLimits
{
    public static readonly TimeLimit Demolition = TimeLimit.Days(20);

    public static TimeLimit Of(CaseCategory category, CaseStep step) => step switch
    {
        CaseStep.Register => TimeLimit.Hours(2),
        CaseStep.Dispatch => TimeLimit.Hours(1),
        CaseStep.Verify => TimeLimit.Days(1),
        _ => category switch
        {
            CaseCategory.Dumping or CaseCategory.IllegalStructure => TimeLimit.Hours(4),
            CaseCategory.StreetOccupation => TimeLimit.Hours(2),
            CaseCategory.Flyposting => TimeLimit.Days(1),
            _ => TimeLimit.Days(5),
        },
    };
}
