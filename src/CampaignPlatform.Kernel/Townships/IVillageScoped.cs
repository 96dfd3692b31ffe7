namespace CampaignPlatform.Kernel.Townships;

/// <summary>
/// A request that acts on one village or community. The host finds the village's township and refuses the
/// request when the module is off there (403), or when the village does not exist (404), exactly as for
/// <see cref="ITownshipScoped"/>.
/// </summary>
public interface IVillageScoped
{
    Guid VillageId { get; }
}
