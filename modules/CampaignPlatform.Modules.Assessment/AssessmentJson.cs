using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignPlatform.Modules.Assessment.Evidence;
using CampaignPlatform.Modules.Assessment.Facts;
using CampaignPlatform.Modules.Assessment.Schemes;
using CampaignPlatform.Modules.Assessment.Scoring;
using CampaignPlatform.Modules.Assessment.Snapshots;
using CampaignPlatform.Modules.Assessment.Standard;

namespace CampaignPlatform.Modules.Assessment;

/// <summary>The Assessment endpoints' request and answer contracts, generated at build rather than made by reflection at start-up (<c>JsonContractTests</c>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LinkEvidence))]
[JsonSerializable(typeof(ExposureDto))]
[JsonSerializable(typeof(FactDto))]
[JsonSerializable(typeof(RecordExposure))]
[JsonSerializable(typeof(RecordFact))]
[JsonSerializable(typeof(SchemeDto))]
[JsonSerializable(typeof(UpdateScheme))]
[JsonSerializable(typeof(RankingsDto))]
[JsonSerializable(typeof(ScorecardDto))]
[JsonSerializable(typeof(IndicatorDto))]
[JsonSerializable(typeof(ReadinessDto))]
[JsonSerializable(typeof(RecordIndicatorValue))]
[JsonSerializable(typeof(UpdateIndicator))]
[JsonSerializable(typeof(IReadOnlyList<LinkedEvidenceDto>))]
[JsonSerializable(typeof(IReadOnlyList<ExposureDto>))]
[JsonSerializable(typeof(IReadOnlyList<FactDto>))]
[JsonSerializable(typeof(IReadOnlyList<SnapshotDto>))]
[JsonSerializable(typeof(IReadOnlyList<IndicatorDto>))]
internal sealed partial class AssessmentJson : JsonSerializerContext;
