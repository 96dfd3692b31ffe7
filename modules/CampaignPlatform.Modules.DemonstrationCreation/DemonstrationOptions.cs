namespace CampaignPlatform.Modules.DemonstrationCreation;

/// <summary>Configuration section <c>DemonstrationCreation</c>.</summary>
internal sealed class DemonstrationOptions
{
    public const string Section = "DemonstrationCreation";

    /// <summary>A review passes when it earns at least this share (in %) of the points its criteria are worth.</summary>
    public decimal PassMark { get; set; } = 85;

    /// <summary>The check reports a title whose yearly review falls due within this many days (or is overdue).</summary>
    public int ReviewDueWithinDays { get; set; } = 30;

    /// <summary>Titles a township aims to hold, for its ranking line (held titles count up to this many).</summary>
    public int TitleTargetPerTownship { get; set; } = 3;
}
