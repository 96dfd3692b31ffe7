using CampaignPlatform.Modules.Enforcement.Calendar;
using CampaignPlatform.Modules.Enforcement.Data;

namespace CampaignPlatform.Modules.Enforcement;

/// <summary>Configuration section <c>Enforcement</c>.</summary>
internal sealed class EnforcementOptions
{
    public const string Section = "Enforcement";

    public IntakeOptions Intake { get; set; } = new();

    /// <summary>Working periods of a day in city time (<c>Enforcement:WorkingHours:0 = 08:30-12:00</c>); default 08:30–12:00 and 13:30–17:30.</summary>
    public List<string> WorkingHours { get; set; } = [];

    /// <summary>
    /// Time limits by <c>{Category}.{Step}</c> (<c>Enforcement:TimeLimits:Dumping.Handle = 4h</c>, <c>IllegalStructure.Demolition = 20d</c>).
    /// Steps: Register, Dispatch, Handle, Verify; units: h (working hours) or d (working days).
    /// </summary>
    public Dictionary<string, string> TimeLimits { get; set; } = [];

    public IReadOnlyList<WorkingPeriod> Periods() =>
        WorkingHours.Count == 0 ? WorkingCalendar.DefaultPeriods : WorkingHours.Select(WorkingPeriod.Parse).OrderBy(p => p.Start).ToList();

    public TimeLimit LimitOf(CaseCategory category, CaseStep step) =>
        TimeLimits.TryGetValue($"{category}.{step}", out var text) ? TimeLimit.Parse(text) : DefaultTimeLimits.Of(category, step);

    public TimeLimit DemolitionLimit() =>
        TimeLimits.TryGetValue($"{CaseCategory.IllegalStructure}.Demolition", out var text) ? TimeLimit.Parse(text) : DefaultTimeLimits.Demolition;
}

internal sealed class IntakeOptions
{
    /// <summary>Reports accepted per client address and minute (per host process).</summary>
    public int PermitsPerMinute { get; set; } = 10;

    public const int MaxPhotos = 3;
    public const int MaxPhotoBytes = 5 * 1024 * 1024;
}
