namespace CampaignPlatform.Modules.Rectification.Data;

/// <summary>One step in an item's history: who did what, when, from which state to which, with their note.</summary>
internal sealed class ItemEvent
{
    public long Id { get; set; }
    public long ItemId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public ItemStatus? FromStatus { get; set; }
    public ItemStatus ToStatus { get; set; }
    public string? Note { get; set; }
}
