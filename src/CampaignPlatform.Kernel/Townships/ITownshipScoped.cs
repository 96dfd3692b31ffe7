namespace CampaignPlatform.Kernel.Townships;

/// <summary>
/// A command that acts inside one township. The host refuses it when its module is off in that township,
/// before any handler or validator sees it, so a module never has to check enablement itself.
/// </summary>
public interface ITownshipScoped
{
    Guid TownshipId { get; }
}
