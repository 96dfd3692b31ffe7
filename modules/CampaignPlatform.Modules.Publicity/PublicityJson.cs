using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.Publicity.Activities;
using CampaignPlatform.Modules.Publicity.Overview;
using CampaignPlatform.Modules.Publicity.Surveys;
using CampaignPlatform.Modules.Publicity.VillageRules;
using CampaignPlatform.Modules.Publicity.Volunteering;

namespace CampaignPlatform.Modules.Publicity;

/// <summary>The Publicity endpoints' request and answer contracts, generated at build rather than made by reflection at start-up (<c>JsonContractTests</c>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ActivityDto))]
[JsonSerializable(typeof(CorrectActivityBody))]
[JsonSerializable(typeof(RecordActivity))]
[JsonSerializable(typeof(TownshipOverviewDto))]
[JsonSerializable(typeof(Paged<ActivityDto>))]
[JsonSerializable(typeof(Paged<VolunteerEventDto>))]
[JsonSerializable(typeof(AnswerBody))]
[JsonSerializable(typeof(AnswerCountsBody))]
[JsonSerializable(typeof(CloseBody))]
[JsonSerializable(typeof(OpenSurveyRound))]
[JsonSerializable(typeof(SurveyRoundDto))]
[JsonSerializable(typeof(VillageRuleDto))]
[JsonSerializable(typeof(VillageRulesBody))]
[JsonSerializable(typeof(VillageRulesDto))]
[JsonSerializable(typeof(CityVolunteerTotals))]
[JsonSerializable(typeof(RecordVolunteerEvent))]
[JsonSerializable(typeof(TownshipVolunteerTotals))]
[JsonSerializable(typeof(VolunteerEventDto))]
[JsonSerializable(typeof(IReadOnlyList<SurveyEntryDto>))]
[JsonSerializable(typeof(Paged<SurveyRoundDto>))]
[JsonSerializable(typeof(IReadOnlyList<VillageRuleStatusDto>))]
internal sealed partial class PublicityJson : JsonSerializerContext;
