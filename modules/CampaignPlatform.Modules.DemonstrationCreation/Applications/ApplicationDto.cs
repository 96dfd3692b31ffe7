using CampaignPlatform.Modules.DemonstrationCreation.Data;

namespace CampaignPlatform.Modules.DemonstrationCreation.Applications;

internal sealed record ApplicationDto(
    Guid Id, Guid TownshipId, Guid? VillageId, DemonstrationKind Kind, string KindZh, string PlaceName, string? UnitName, string Address,
    ApplicationState State, string StateZh, DateTimeOffset SubmittedAt, string SubmittedBy, int Version)
{
    public static ApplicationDto From(DemonstrationApplication a) => new(
        a.Id, a.TownshipId, a.VillageId, a.Kind, DemonstrationLabels.Of(a.Kind), a.PlaceName, a.UnitName, a.Address,
        a.State, DemonstrationLabels.Of(a.State), a.SubmittedAt, a.SubmittedBy, a.Version);
}
