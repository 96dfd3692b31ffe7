using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignPlatform.Modules.CampaignName.Entries;

namespace CampaignPlatform.Modules.CampaignName;

/// <summary>
/// The CampaignName endpoints' request and answer contracts, generated at build rather than made by reflection at
/// start-up. Listed by hand from <see cref="EntryEndpoints"/>: each type a new endpoint reads (its body) or writes (what
/// its typed result carries, lists as the endpoint declares them) gets a line here, or
/// <c>CampaignNameJsonContractTests</c> names it.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RecordEntry))]
[JsonSerializable(typeof(WorkEntryDto))]
[JsonSerializable(typeof(IReadOnlyList<WorkEntryDto>))]
internal sealed partial class CampaignNameJson : JsonSerializerContext;
