namespace CampaignPlatform.Modules.Rectification;

/// <summary>Configuration section <c>Rectification</c>.</summary>
internal sealed class RectificationOptions
{
    public const string Section = "Rectification";

    /// <summary>Days after closing when the look-back (回头看) falls due.</summary>
    public int LookbackDays { get; set; } = 30;

    /// <summary>An item overdue by this many days goes under listed supervision (挂牌督办) automatically.</summary>
    public int ListAfterOverdueDays { get; set; } = 7;

    /// <summary>Deadline given to an item reopened by a failed look-back.</summary>
    public int ReopenDeadlineDays { get; set; } = 7;
}
