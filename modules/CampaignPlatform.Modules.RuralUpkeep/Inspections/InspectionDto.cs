using CampaignPlatform.Modules.RuralUpkeep.Data;

namespace CampaignPlatform.Modules.RuralUpkeep.Inspections;

public sealed record InspectionResultDto(string Code, string NameZh, int Weight, bool Passed, string? Note);

public sealed record InspectionDto(
    Guid Id,
    Guid TownshipId,
    Guid VillageId,
    string? VillageName,
    DateOnly InspectedOn,
    string Inspector,
    decimal Score,
    int FailedItems,
    IReadOnlyList<InspectionResultDto> Results,
    DateTimeOffset RecordedAt,
    string RecordedBy)
{
    internal static InspectionDto From(Inspection i, string? villageName) => new(
        i.Id, i.TownshipId, i.VillageId, villageName, i.InspectedOn, i.Inspector, i.Score, i.Results.Count(r => !r.Passed),
        i.Results.Select(r => new InspectionResultDto(r.Code, r.NameZh, r.Weight, r.Passed, r.Note)).ToList(), i.RecordedAt, i.RecordedBy);
}
