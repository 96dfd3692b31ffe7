using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignPlatform.Modules.Organisation.Grids;
using CampaignPlatform.Modules.Organisation.Townships;
using CampaignPlatform.Modules.Organisation.Units;
using CampaignPlatform.Modules.Organisation.Villages;

namespace CampaignPlatform.Modules.Organisation;

/// <summary>The Organisation endpoints' request and answer contracts, generated at build rather than made by reflection at start-up (<c>JsonContractTests</c>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CreateGrid))]
[JsonSerializable(typeof(GridDto))]
[JsonSerializable(typeof(CreateTownship))]
[JsonSerializable(typeof(TownshipDto))]
[JsonSerializable(typeof(UpdateTownship))]
[JsonSerializable(typeof(CreateUnit))]
[JsonSerializable(typeof(UnitDto))]
[JsonSerializable(typeof(UpdateUnit))]
[JsonSerializable(typeof(CreateVillage))]
[JsonSerializable(typeof(UpdateVillage))]
[JsonSerializable(typeof(VillageDto))]
[JsonSerializable(typeof(IReadOnlyList<GridDto>))]
[JsonSerializable(typeof(IReadOnlyList<TownshipDto>))]
[JsonSerializable(typeof(IReadOnlyList<UnitDto>))]
[JsonSerializable(typeof(IReadOnlyList<VillageDto>))]
internal sealed partial class OrganisationJson : JsonSerializerContext;
