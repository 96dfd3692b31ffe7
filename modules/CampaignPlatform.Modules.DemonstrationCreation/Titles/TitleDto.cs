using CampaignPlatform.Modules.DemonstrationCreation.Data;

namespace CampaignPlatform.Modules.DemonstrationCreation.Titles;

internal sealed record TitleDto(
    Guid Id, Guid ApplicationId, Guid TownshipId, Guid? VillageId, DemonstrationKind Kind, string KindZh, string PlaceName, string? UnitName,
    string Address, DateOnly GrantedOn, DateOnly NextReviewDue, TitleState State, string StateZh, DateOnly? WithdrawnOn, string? WithdrawnReason,
    int Version)
{
    public static TitleDto From(DemonstrationTitle t) => new(
        t.Id, t.ApplicationId, t.TownshipId, t.VillageId, t.Kind, DemonstrationLabels.Of(t.Kind), t.PlaceName, t.UnitName, t.Address, t.GrantedOn,
        t.NextReviewDue, t.State, DemonstrationLabels.Of(t.State), t.WithdrawnOn, t.WithdrawnReason, t.Version);
}
