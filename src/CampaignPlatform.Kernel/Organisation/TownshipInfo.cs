namespace CampaignPlatform.Kernel.Organisation;

/// <summary>乡 / 镇 / 街道.</summary>
public enum TownshipKind
{
    Xiang,
    Zhen,
    Jiedao,
}

/// <summary>Sanitary title: none, 省级卫生乡镇, 国家卫生乡镇.</summary>
public enum SanitaryTitle
{
    None,
    Provincial,
    National,
}

/// <summary>村 / 社区.</summary>
public enum VillageKind
{
    Village,
    Community,
}

/// <summary>A township as other modules see it.</summary>
public sealed record TownshipInfo(
    Guid Id,
    string Code,
    string Name,
    TownshipKind Kind,
    bool InBuiltUpArea,
    SanitaryTitle SanitaryTitle,
    bool Retired);

/// <summary>A village or community as other modules see it.</summary>
public sealed record VillageInfo(Guid Id, Guid TownshipId, string Code, string Name, VillageKind Kind, bool Retired);

/// <summary>A village's id and its township's, nothing more.</summary>
public readonly record struct VillageKey(Guid Id, Guid TownshipId);

/// <summary>A responsible unit (部门/单位) as other modules see it.</summary>
public sealed record UnitInfo(Guid Id, string Code, string Name, bool Retired);

/// <summary>A grid (网格) of a village as other modules see it.</summary>
public sealed record GridInfo(Guid Id, Guid VillageId, Guid TownshipId, string Name, bool Retired);
