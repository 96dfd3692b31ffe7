using CampaignPlatform.Modules.Rectification.Data;

namespace CampaignPlatform.Modules.Rectification.Meetings;

public sealed record DecisionDto(int Number, string Text, long? ItemId);

public sealed record MeetingDto(
    Guid Id, MeetingKind Kind, string KindZh, Guid? TownshipId, DateOnly HeldOn, string Title, string Attendees, string? Notes,
    IReadOnlyList<DecisionDto> Decisions, DateTimeOffset RecordedAt, string RecordedBy)
{
    internal static MeetingDto From(Meeting m) => new(
        m.Id, m.Kind, m.Kind == MeetingKind.CityDispatch ? "市级调度会" : "乡镇周学习", m.TownshipId, m.HeldOn, m.Title, m.Attendees, m.Notes,
        m.Decisions.OrderBy(d => d.Number).Select(d => new DecisionDto(d.Number, d.Text, d.ItemId)).ToList(), m.RecordedAt, m.RecordedBy);
}

public sealed record CadenceGapDto(MeetingKind Kind, Guid? TownshipId, DateOnly DetectedOn, DateOnly? LastHeldOn);
