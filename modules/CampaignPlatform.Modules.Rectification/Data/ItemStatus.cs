namespace CampaignPlatform.Modules.Rectification.Data;

/// <summary>Open → Claimed (主动认领) → Submitted → Closed (督查销号), or Submitted → Returned → Claimed again.</summary>
public enum ItemStatus
{
    Open,
    Claimed,
    Submitted,
    Returned,
    Closed,
}

/// <summary>Where an item came from.</summary>
public enum ItemSource
{
    /// <summary>Published by a campaign module (an inspection, a log, a case).</summary>
    Module,

    /// <summary>督查: a supervision round.</summary>
    Supervision,

    /// <summary>暗访: an undercover visit.</summary>
    UndercoverVisit,

    /// <summary>媒体曝光: a media report.</summary>
    Media,

    /// <summary>调度会: a decision of a dispatch meeting or weekly study.</summary>
    Meeting,

    Other,
}

/// <summary>回头看: none yet, due, confirmed fixed. A failed look-back reopens the item instead.</summary>
public enum LookbackState
{
    NotDue,
    Due,
    Confirmed,
}

internal static class ItemLabels
{
    public static string Of(ItemStatus status) => status switch
    {
        ItemStatus.Open => "待认领",
        ItemStatus.Claimed => "整改中",
        ItemStatus.Submitted => "待核验",
        ItemStatus.Returned => "已退回",
        _ => "已销号",
    };

    public static string Of(ItemSource source) => source switch
    {
        ItemSource.Module => "业务模块",
        ItemSource.Supervision => "督查",
        ItemSource.UndercoverVisit => "暗访",
        ItemSource.Media => "媒体曝光",
        ItemSource.Meeting => "调度会议",
        _ => "其他",
    };

    public static string Of(LookbackState state) => state switch
    {
        LookbackState.Due => "待回头看",
        LookbackState.Confirmed => "回头看已确认",
        _ => "",
    };
}
