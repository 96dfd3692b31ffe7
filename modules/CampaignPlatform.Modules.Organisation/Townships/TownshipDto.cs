using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Organisation.Data;

namespace CampaignPlatform.Modules.Organisation.Townships;

public sealed record TownshipDto(
    Guid Id,
    string Code,
    string Name,
    TownshipKind Kind,
    string KindZh,
    bool InBuiltUpArea,
    SanitaryTitle SanitaryTitle,
    string SanitaryTitleZh,
    string? LeaderName,
    int VillageCount,
    DateTimeOffset? RetiredAt)
{
    internal static TownshipDto From(Township t, int villageCount) => new(
        t.Id, t.Code, t.Name, t.Kind, OrgLabels.Of(t.Kind), t.InBuiltUpArea, t.SanitaryTitle, OrgLabels.Of(t.SanitaryTitle),
        t.LeaderName, villageCount, t.RetiredAt);
}
