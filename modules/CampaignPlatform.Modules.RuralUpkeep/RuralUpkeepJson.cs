using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.RuralUpkeep.Demonstrations;
using CampaignPlatform.Modules.RuralUpkeep.FiveHaves;
using CampaignPlatform.Modules.RuralUpkeep.Inspections;
using CampaignPlatform.Modules.RuralUpkeep.Points;
using CampaignPlatform.Modules.RuralUpkeep.Ranking;
using CampaignPlatform.Modules.RuralUpkeep.Rounds;
using CampaignPlatform.Modules.RuralUpkeep.Template;

namespace CampaignPlatform.Modules.RuralUpkeep;

/// <summary>The RuralUpkeep endpoints' request and answer contracts, generated at build rather than made by reflection at start-up (<c>JsonContractTests</c>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DemonstrationDto))]
[JsonSerializable(typeof(EligibilityDto))]
[JsonSerializable(typeof(ProposeDemonstration))]
[JsonSerializable(typeof(RecordFiveHave))]
[JsonSerializable(typeof(VillageFiveHavesDto))]
[JsonSerializable(typeof(InspectionDto))]
[JsonSerializable(typeof(RecordInspection))]
[JsonSerializable(typeof(HouseholdDto))]
[JsonSerializable(typeof(RateCourtyard))]
[JsonSerializable(typeof(RedeemPoints))]
[JsonSerializable(typeof(SaveTemplate))]
[JsonSerializable(typeof(IReadOnlyList<DemonstrationDto>))]
[JsonSerializable(typeof(IReadOnlyList<VillageFiveHavesDto>))]
[JsonSerializable(typeof(Paged<InspectionDto>))]
[JsonSerializable(typeof(IReadOnlyList<HouseholdDto>))]
[JsonSerializable(typeof(IReadOnlyList<RankedVillageDto>))]
[JsonSerializable(typeof(IReadOnlyList<DueInspectionDto>))]
[JsonSerializable(typeof(IReadOnlyList<TemplateItemDto>))]
internal sealed partial class RuralUpkeepJson : JsonSerializerContext;
