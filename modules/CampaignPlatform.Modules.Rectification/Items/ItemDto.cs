using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.Modules.Rectification.Data;

namespace CampaignPlatform.Modules.Rectification.Items;

public sealed record ItemDto(
    long Id,
    string Number,
    ItemSource Source,
    string SourceZh,
    string SourceModule,
    string? SourceReference,
    Guid TownshipId,
    string TownshipName,
    Guid? VillageId,
    string? VillageName,
    string Category,
    string Description,
    string? Requirements,
    ProblemSeverity Severity,
    Guid? ResponsibleUnitId,
    string? ResponsibleUnitName,
    DateOnly Deadline,
    ItemStatus Status,
    string StatusZh,
    bool IsOverdue,
    bool Listed,
    string? ListedReason,
    string? FixDescription,
    string? EvidenceNote,
    string? ReturnReason,
    DateTimeOffset? ClaimedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ClosedAt,
    DateOnly? LookbackDueOn,
    LookbackState Lookback,
    int ReopenCount,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    int Version)
{
    internal static ItemDto From(RectificationItem i, OrgNames names, DateOnly today) => new(
        i.Id, i.Number, i.Source, ItemLabels.Of(i.Source), i.SourceModule, i.SourceReference,
        i.TownshipId, names.Township(i.TownshipId), i.VillageId, names.Village(i.VillageId),
        i.Category, i.Description, i.Requirements, i.Severity, i.ResponsibleUnitId, names.Unit(i.ResponsibleUnitId),
        i.Deadline, i.Status, ItemLabels.Of(i.Status),
        // Overdue is a fact of today's date, not only of the last sweep.
        i.IsOverdue || (i.Status != ItemStatus.Closed && i.Deadline < today),
        i.Listed, i.ListedReason, i.FixDescription, i.EvidenceNote, i.ReturnReason,
        i.ClaimedAt, i.SubmittedAt, i.ClosedAt, i.LookbackDueOn, i.Lookback, i.ReopenCount, i.CreatedAt, i.CreatedBy, i.Version);
}

public sealed record ItemEventDto(DateTimeOffset At, string Actor, string Action, ItemStatus? FromStatus, ItemStatus ToStatus, string? Note);

public sealed record ItemDetailDto(ItemDto Item, IReadOnlyList<ItemEventDto> History);

public sealed record ItemPage(IReadOnlyList<ItemDto> Items, int Total, int Page, int PageSize);
