using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Modules.RuralUpkeep.Data;

/// <summary>The five haves (五有) of a village's lasting upkeep mechanism.</summary>
public enum FiveHaveKind
{
    /// <summary>有制度.</summary>
    Rules,

    /// <summary>有标准.</summary>
    Standards,

    /// <summary>有队伍.</summary>
    Team,

    /// <summary>有经费.</summary>
    Funding,

    /// <summary>有检查.</summary>
    Inspection,
}

/// <summary>One of a village's five haves, in place since a date, with the evidence for it. One row per village and kind.</summary>
internal sealed class FiveHave : ITownshipOwned, IVillageOwned
{
    public long Id { get; set; }
    public Guid TownshipId { get; set; }
    public Guid VillageId { get; set; }
    public FiveHaveKind Kind { get; set; }
    public DateOnly EstablishedOn { get; set; }
    public required string EvidenceNote { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>An item of the inspection checklist (检查标准) with its weight in the 0–100 score.</summary>
internal sealed class TemplateItem
{
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public int Weight { get; set; }
    public int SortOrder { get; set; }

    /// <summary>Responsible unit suggested for a failure of this item (e.g. ZJJ), if any.</summary>
    public string? UnitCode { get; set; }
}

/// <summary>An inspection of one village: each checklist item passed or failed, and the weighted score.</summary>
internal sealed class Inspection : ITownshipOwned, IVillageOwned
{
    public Guid Id { get; set; }
    public Guid TownshipId { get; set; }
    public Guid VillageId { get; set; }
    public DateOnly InspectedOn { get; set; }
    public required string Inspector { get; set; }
    public decimal Score { get; set; }
    public List<InspectionResult> Results { get; set; } = [];
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>The answer to one checklist item, with the item's name and weight as they were that day.</summary>
internal sealed class InspectionResult
{
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public int Weight { get; set; }
    public bool Passed { get; set; }
    public string? Note { get; set; }
}

/// <summary>An inspection due in a village in one ISO week, created by the weekly round; done when an inspection is recorded that week.</summary>
internal sealed class DueInspection : ITownshipOwned, IVillageOwned
{
    public long Id { get; set; }
    public Guid TownshipId { get; set; }
    public Guid VillageId { get; set; }
    public int WeekYear { get; set; }
    public int Week { get; set; }
    public DateOnly DueBy { get; set; }
    public Guid? InspectionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
