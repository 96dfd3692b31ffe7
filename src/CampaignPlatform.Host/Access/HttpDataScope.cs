using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Host.Access;

/// <summary>The signed-in account's scope, worked out once per request by <see cref="AccountCheck"/>; unrestricted otherwise.</summary>
internal sealed class HttpDataScope(IHttpContextAccessor accessor) : IDataScope
{
    public const string ItemKey = "campaign.scope";

    /// <summary>Set while a public request runs: it answers from all records and shows only what is public.</summary>
    public const string PublicRequestKey = "campaign.public-request";

    private DataScope Current =>
        accessor.HttpContext is { } http && !http.Items.ContainsKey(PublicRequestKey)
        && http.Items.TryGetValue(ItemKey, out var scope) && scope is DataScope known
            ? known
            : DataScope.Unrestricted;

    public bool AllTownships => Current.AllTownships;
    public IReadOnlyCollection<Guid> TownshipIds => Current.TownshipIds;
    public bool AllVillages => Current.AllVillages;
    public IReadOnlyCollection<Guid> VillageIds => Current.VillageIds;
    public bool AllUnits => Current.AllUnits;
    public Guid UnitId => Current.UnitId;
}
