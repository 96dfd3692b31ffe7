using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignPlatform.Modules.Enablement.Catalogue;
using CampaignPlatform.Modules.Enablement.Switching;

namespace CampaignPlatform.Modules.Enablement;

/// <summary>The Enablement endpoints' request and answer contracts, generated at build rather than made by reflection at start-up (<c>JsonContractTests</c>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SetModuleEnabled))]
[JsonSerializable(typeof(IReadOnlyList<InstalledModuleDto>))]
[JsonSerializable(typeof(IReadOnlyList<EnablementChangeDto>))]
[JsonSerializable(typeof(IReadOnlyList<TownshipModuleDto>))]
internal sealed partial class EnablementJson : JsonSerializerContext;
