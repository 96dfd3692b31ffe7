using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.RuralUpkeep.Data;

namespace CampaignPlatform.Modules.RuralUpkeep.FiveHaves;

public sealed record FiveHaveDto(FiveHaveKind Kind, string NameZh, bool InPlace, DateOnly? EstablishedOn, string? EvidenceNote, string? RecordedBy);

/// <summary>A village with its five haves; the mechanism is complete when all five are in place.</summary>
public sealed record VillageFiveHavesDto(
    Guid VillageId,
    string VillageName,
    string VillageCode,
    Guid TownshipId,
    IReadOnlyList<FiveHaveDto> FiveHaves,
    int InPlace,
    bool MechanismComplete,
    DateOnly? LastInspectedOn,
    decimal? LastScore)
{
    internal static VillageFiveHavesDto From(VillageInfo village, IReadOnlyCollection<FiveHave> haves, (DateOnly On, decimal Score)? last)
    {
        var byKind = haves.Where(h => h.VillageId == village.Id).ToDictionary(h => h.Kind);
        var items = FiveHaveLabels.All.Select(k => byKind.TryGetValue(k, out var h)
            ? new FiveHaveDto(k, FiveHaveLabels.Zh(k), true, h.EstablishedOn, h.EvidenceNote, h.RecordedBy)
            : new FiveHaveDto(k, FiveHaveLabels.Zh(k), false, null, null, null)).ToList();
        var inPlace = items.Count(i => i.InPlace);
        return new VillageFiveHavesDto(village.Id, village.Name, village.Code, village.TownshipId, items, inPlace, inPlace == items.Count,
            last?.On, last?.Score);
    }
}
