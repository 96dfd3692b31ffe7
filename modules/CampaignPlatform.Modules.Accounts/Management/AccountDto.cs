using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.Accounts.Data;

namespace CampaignPlatform.Modules.Accounts.Management;

internal sealed record AccountDto(
    Guid Id,
    string UserName,
    string DisplayName,
    ActorRole Role,
    string RoleZh,
    Guid? TownshipId,
    IReadOnlyList<Guid> GridIds,
    Guid? UnitId,
    bool Disabled,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    int Version)
{
    public static AccountDto From(Account a) => new(
        a.Id, a.UserName, a.DisplayName, a.Role, ActorRoleLabels.Of(a.Role), a.TownshipId, a.Grids, a.UnitId, a.Disabled, a.CreatedAt, a.CreatedBy, a.Version);
}
