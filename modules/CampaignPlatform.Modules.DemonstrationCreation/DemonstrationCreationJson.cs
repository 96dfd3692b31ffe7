using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.DemonstrationCreation.Applications;
using CampaignPlatform.Modules.DemonstrationCreation.Criteria;
using CampaignPlatform.Modules.DemonstrationCreation.Reviews;
using CampaignPlatform.Modules.DemonstrationCreation.Titles;

namespace CampaignPlatform.Modules.DemonstrationCreation;

/// <summary>
/// The DemonstrationCreation endpoints' request and answer contracts, generated at build rather than made by reflection at
/// start-up. Listed by hand from <see cref="DemonstrationEndpoints"/>: the host's <c>JsonContractTests</c> runs without plugins.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IEnumerable<KindLabel>))]
[JsonSerializable(typeof(IReadOnlyList<CriterionDto>))]
[JsonSerializable(typeof(AddCriterion))]
[JsonSerializable(typeof(CriterionChangeBody))]
[JsonSerializable(typeof(CriterionDto))]
[JsonSerializable(typeof(SubmitApplication))]
[JsonSerializable(typeof(ApplicationDto))]
[JsonSerializable(typeof(Paged<ApplicationDto>))]
[JsonSerializable(typeof(ApplicationDetailDto))]
[JsonSerializable(typeof(ReviewBody))]
[JsonSerializable(typeof(ReviewOutcomeDto))]
[JsonSerializable(typeof(Paged<TitleDto>))]
[JsonSerializable(typeof(TitleDetailDto))]
[JsonSerializable(typeof(TitleDto))]
[JsonSerializable(typeof(WithdrawBody))]
internal sealed partial class DemonstrationCreationJson : JsonSerializerContext;
