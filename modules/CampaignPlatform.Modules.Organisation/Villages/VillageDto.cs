using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Organisation.Data;

namespace CampaignPlatform.Modules.Organisation.Villages;

public sealed record VillageDto(
    Guid Id, Guid TownshipId, string Code, string Name, VillageKind Kind, string KindZh, string? LeaderName, int GridCount, DateTimeOffset? RetiredAt)
{
    internal static VillageDto From(Village v, int gridCount) =>
        new(v.Id, v.TownshipId, v.Code, v.Name, v.Kind, OrgLabels.Of(v.Kind), v.LeaderName, gridCount, v.RetiredAt);
}
