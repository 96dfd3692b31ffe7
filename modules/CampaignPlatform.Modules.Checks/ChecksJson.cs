using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignPlatform.Modules.Checks.Listing;

namespace CampaignPlatform.Modules.Checks;

/// <summary>The Checks endpoints' request and answer contracts, generated at build rather than made by reflection at start-up (<c>JsonContractTests</c>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckRunDto))]
[JsonSerializable(typeof(RunQueuedDto))]
[JsonSerializable(typeof(IReadOnlyList<CheckDto>))]
[JsonSerializable(typeof(IReadOnlyList<CheckRunDto>))]
internal sealed partial class ChecksJson : JsonSerializerContext;
