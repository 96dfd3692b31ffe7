using CampaignPlatform.Modules.Hygiene.Data;

namespace CampaignPlatform.Modules.Hygiene.Sites;

internal sealed record FacilityStateDto(DateOnly CheckedOn, string Checker, int Total, int Working, bool SoapPresent, bool Adequate);

internal sealed record SiteDto(
    Guid Id,
    Guid TownshipId,
    Guid? VillageId,
    SiteCategory Category,
    string CategoryZh,
    string Name,
    string Address,
    Guid? ResponsibleUnitId,
    int RequiredDisinfectionsPerDay,
    FacilityStateDto? LatestFacilityCheck,
    DateTimeOffset CreatedAt,
    DateOnly? RetiredOn,
    string? RetiredReason,
    int Version)
{
    public static SiteDto From(Site site, int perDay, FacilityCheck? latest) => new(
        site.Id, site.TownshipId, site.VillageId, site.Category, SiteLabels.Of(site.Category), site.Name, site.Address,
        site.ResponsibleUnitId, perDay,
        latest is null ? null : new FacilityStateDto(latest.CheckedOn, latest.Checker, latest.Total, latest.Working, latest.SoapPresent,
            Compliance.HygieneArithmetic.FacilityAdequate(latest.Working, latest.SoapPresent)),
        site.CreatedAt, site.RetiredOn, site.RetiredReason, site.Version);
}
