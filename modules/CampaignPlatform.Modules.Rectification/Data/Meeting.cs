using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Modules.Rectification.Data;

public enum MeetingKind
{
    /// <summary>市级调度会: the city's dispatch meeting, at least every two weeks.</summary>
    CityDispatch,

    /// <summary>乡镇周学习: a township's weekly study of the campaign.</summary>
    TownshipStudy,
}

/// <summary>A dispatch meeting or a weekly study, with who attended and what was decided.</summary>
internal sealed class Meeting : ITownshipOwned
{
    public Guid Id { get; set; }
    public MeetingKind Kind { get; set; }
    public Guid? TownshipId { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Title { get; set; }
    public required string Attendees { get; set; }
    public string? Notes { get; set; }
    public List<MeetingDecision> Decisions { get; set; } = [];
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>A decision of a meeting; one that names a problem to fix opens a rectification item.</summary>
internal sealed class MeetingDecision
{
    public int Number { get; set; }
    public required string Text { get; set; }
    public long? ItemId { get; set; }
}

/// <summary>A lapse the cadence check found: a township without a study in 7 days, the city without a dispatch in 14.</summary>
internal sealed class CadenceGap : ITownshipOwned
{
    public long Id { get; set; }
    public MeetingKind Kind { get; set; }

    /// <summary>Null for the city's dispatch meetings.</summary>
    public Guid? TownshipId { get; set; }

    public DateOnly DetectedOn { get; set; }
    public DateOnly? LastHeldOn { get; set; }
}
