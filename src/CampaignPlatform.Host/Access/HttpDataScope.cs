using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Host.Access;

/// <summary>The signed-in account's scope, worked out once per request by <see cref="AccountCheck"/>; unrestricted otherwise.</summary>
internal sealed class HttpDataScope(IHttpContextAccessor accessor) : IDataScope
{
    public const string ItemKey = "campaign.scope";

    private DataScope Current =>
        accessor.HttpContext?.Items.TryGetValue(ItemKey, out var scope) == true && scope is DataScope known ? known : DataScope.Unrestricted;

    public bool AllTownships => Current.AllTownships;
    public IReadOnlyCollection<Guid> TownshipIds => Current.TownshipIds;
    public bool AllVillages => Current.AllVillages;
    public IReadOnlyCollection<Guid> VillageIds => Current.VillageIds;
    public bool AllUnits => Current.AllUnits;
    public Guid UnitId => Current.UnitId;
}
