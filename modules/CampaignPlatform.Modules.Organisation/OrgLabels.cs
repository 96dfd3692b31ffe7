using CampaignPlatform.Kernel.Organisation;

namespace CampaignPlatform.Modules.Organisation;

/// <summary>The words users use for the organisation's kinds and titles.</summary>
internal static class OrgLabels
{
    public static string Of(TownshipKind kind) => kind switch
    {
        TownshipKind.Xiang => "乡",
        TownshipKind.Zhen => "镇",
        _ => "街道",
    };

    public static string Of(SanitaryTitle title) => title switch
    {
        SanitaryTitle.Provincial => "省级卫生乡镇",
        SanitaryTitle.National => "国家卫生乡镇",
        _ => "无",
    };

    public static string Of(VillageKind kind) => kind == VillageKind.Village ? "村" : "社区";
}
