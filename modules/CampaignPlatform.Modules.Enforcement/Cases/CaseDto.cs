using CampaignPlatform.Modules.Enforcement.Data;

namespace CampaignPlatform.Modules.Enforcement.Cases;

internal sealed record CaseEventDto(DateTimeOffset At, string Actor, string Action, CaseState State, string? Note);

internal sealed record CasePhotoDto(Guid Id, PhotoStage Stage, string ContentType, string Url);

/// <summary>A case as officers see it: the reporter's phone only masked (the full number is a separate, recorded read).</summary>
internal sealed record CaseDto(
    Guid Id,
    string Number,
    CaseCategory Category,
    string CategoryZh,
    CaseSource Source,
    string SourceZh,
    CaseState State,
    string StateZh,
    Guid TownshipId,
    Guid? VillageId,
    string? Address,
    string Description,
    double? Latitude,
    double? Longitude,
    string? MaskedContactPhone,
    int LinkedReports,
    DateTimeOffset ReportedAt,
    DateTimeOffset? StepDueAt,
    DateTimeOffset? HandleDueAt,
    DateTimeOffset? DemolitionDueAt,
    bool Overdue,
    CaseLevel? Level,
    string? LevelZh,
    Guid? UnitId,
    string? RejectReason,
    string? Handler,
    string? HandlingNote,
    DateTimeOffset? HandledAt,
    string? Verifier,
    DateTimeOffset? ClosedAt,
    bool? ClosedOnTime,
    bool Parked,
    string? ParkReason,
    string? ParkApprovedBy,
    int Version,
    IReadOnlyList<CasePhotoDto> Photos,
    IReadOnlyList<CaseEventDto> History)
{
    public static CaseDto From(
        EnforcementCase c, string? phone, int linkedReports, IEnumerable<CasePhoto> photos, IEnumerable<CaseEvent> history, DateTimeOffset now) => new(
        c.Id, c.Number, c.Category, EnforcementLabels.Of(c.Category), c.Source, EnforcementLabels.Of(c.Source), c.State, EnforcementLabels.Of(c.State),
        c.TownshipId, c.VillageId, c.Address, c.Description, c.Latitude, c.Longitude, PhoneMask.Of(phone), linkedReports, c.ReportedAt,
        c.StepDueAt, c.HandleDueAt, c.DemolitionDueAt, c.StepDueAt < now, c.Level, c.Level is { } l ? EnforcementLabels.Of(l) : null, c.UnitId,
        c.RejectReason, c.Handler, c.HandlingNote, c.HandledAt, c.Verifier, c.ClosedAt, c.ClosedOnTime, c.Parked, c.ParkReason, c.ParkApprovedBy,
        c.Version,
        photos.Select(p => new CasePhotoDto(p.Id, p.Stage, p.ContentType, $"/api/enforcement/cases/{c.Id}/photos/{p.Id}")).ToList(),
        history.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new CaseEventDto(e.At, e.Actor, e.Action, e.State, e.Note)).ToList());
}

/// <summary>One row of a case list.</summary>
internal sealed record CaseSummaryDto(
    Guid Id, string Number, CaseCategory Category, string CategoryZh, CaseSource Source, CaseState State, string StateZh, CaseLevel? Level,
    DateTimeOffset ReportedAt, DateTimeOffset? StepDueAt, bool Overdue, bool Parked)
{
    public static CaseSummaryDto From(EnforcementCase c, DateTimeOffset now) => new(
        c.Id, c.Number, c.Category, EnforcementLabels.Of(c.Category), c.Source, c.State, EnforcementLabels.Of(c.State), c.Level, c.ReportedAt,
        c.StepDueAt, c.StepDueAt < now, c.Parked);
}
