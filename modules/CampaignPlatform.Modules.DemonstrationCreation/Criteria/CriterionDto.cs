using CampaignPlatform.Modules.DemonstrationCreation.Data;

namespace CampaignPlatform.Modules.DemonstrationCreation.Criteria;

internal sealed record CriterionDto(Guid Id, DemonstrationKind Kind, string KindZh, string Name, int Points, int SortOrder, bool Retired, int Version)
{
    public static CriterionDto From(Criterion c) => new(c.Id, c.Kind, DemonstrationLabels.Of(c.Kind), c.Name, c.Points, c.SortOrder, c.Retired, c.Version);
}
