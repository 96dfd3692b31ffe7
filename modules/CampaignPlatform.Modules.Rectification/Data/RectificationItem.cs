using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Rectification;

namespace CampaignPlatform.Modules.Rectification.Data;

/// <summary>A rectification item (整改事项). State changes go through <see cref="Lifecycle.ItemLifecycle"/>.</summary>
internal sealed class RectificationItem : ITownshipOwned, IVillageOwned, IUnitOwned
{
    public long Id { get; set; }
    public ItemSource Source { get; set; }
    public required string SourceModule { get; set; }

    /// <summary>The finder's own reference; with <see cref="SourceModule"/> it is unique, so a problem makes one item.</summary>
    public string? SourceReference { get; set; }

    public Guid TownshipId { get; set; }
    public Guid? VillageId { get; set; }
    public required string Category { get; set; }
    public required string Description { get; set; }
    public string? Requirements { get; set; }
    public ProblemSeverity Severity { get; set; }
    public Guid? ResponsibleUnitId { get; set; }
    public DateOnly Deadline { get; set; }
    public ItemStatus Status { get; set; }

    public bool IsOverdue { get; set; }
    public bool Listed { get; set; }
    public string? ListedReason { get; set; }
    public DateTimeOffset? ListedAt { get; set; }

    public Guid? ClaimedByUnitId { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public string? FixDescription { get; set; }
    public string? EvidenceNote { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? ReturnReason { get; set; }
    public string? ClosedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public DateOnly? LookbackDueOn { get; set; }
    public LookbackState Lookback { get; set; }
    public int ReopenCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }

    /// <summary>Optimistic concurrency: of two people acting at once, the second gets 409.</summary>
    public int Version { get; set; }

    /// <summary>The item's history; new steps are added here and saved with the item.</summary>
    public List<ItemEvent> History { get; set; } = [];

    public string Number => $"ZG-{CreatedAt.Year}-{Id:D6}";
}
