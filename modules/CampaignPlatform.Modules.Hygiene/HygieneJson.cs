using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.Hygiene.Dashboard;
using CampaignPlatform.Modules.Hygiene.Disinfection;
using CampaignPlatform.Modules.Hygiene.Facilities;
using CampaignPlatform.Modules.Hygiene.Sites;

namespace CampaignPlatform.Modules.Hygiene;

/// <summary>The Hygiene endpoints' request and answer contracts, generated at build rather than made by reflection at start-up (<c>JsonContractTests</c>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Paged<SiteDto>))]
[JsonSerializable(typeof(DisinfectionDto))]
[JsonSerializable(typeof(FacilityCheckDto))]
[JsonSerializable(typeof(CreateSite))]
[JsonSerializable(typeof(DisinfectionBody))]
[JsonSerializable(typeof(FacilityCheckBody))]
[JsonSerializable(typeof(RetireBody))]
[JsonSerializable(typeof(SiteChangeBody))]
[JsonSerializable(typeof(SiteDto))]
[JsonSerializable(typeof(IEnumerable<SiteFrequency>))]
[JsonSerializable(typeof(IReadOnlyList<WeeklyComplianceDto>))]
[JsonSerializable(typeof(IReadOnlyList<DisinfectionDto>))]
[JsonSerializable(typeof(IReadOnlyList<FacilityCheckDto>))]
[JsonSerializable(typeof(IReadOnlyList<SiteDto>))]
internal sealed partial class HygieneJson : JsonSerializerContext;
