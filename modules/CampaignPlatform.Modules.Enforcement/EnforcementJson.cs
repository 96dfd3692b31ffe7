using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.Enforcement.Calendar;
using CampaignPlatform.Modules.Enforcement.Cases;
using CampaignPlatform.Modules.Enforcement.Checks;
using CampaignPlatform.Modules.Enforcement.Dashboard;
using CampaignPlatform.Modules.Enforcement.Exposures;
using CampaignPlatform.Modules.Enforcement.Frontages;
using CampaignPlatform.Modules.Enforcement.Intake;
using CampaignPlatform.Modules.Enforcement.Open311;

namespace CampaignPlatform.Modules.Enforcement;

/// <summary>The Enforcement endpoints' request and answer contracts, generated at build rather than made by reflection at start-up (<c>JsonContractTests</c>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Paged<CaseSummaryDto>))]
[JsonSerializable(typeof(CalendarBody))]
[JsonSerializable(typeof(WorkingCalendarDto))]
[JsonSerializable(typeof(CaseDto))]
[JsonSerializable(typeof(DispatchBody))]
[JsonSerializable(typeof(NoteBody))]
[JsonSerializable(typeof(OpenCaseBody))]
[JsonSerializable(typeof(ParkBody))]
[JsonSerializable(typeof(RejectBody))]
[JsonSerializable(typeof(VerifyBody))]
[JsonSerializable(typeof(ExposureDto))]
[JsonSerializable(typeof(RecordExposure))]
[JsonSerializable(typeof(CorrectionBody))]
[JsonSerializable(typeof(FrontageDto))]
[JsonSerializable(typeof(FrontageListsDto))]
[JsonSerializable(typeof(FrontageRatingDto))]
[JsonSerializable(typeof(RatingBody))]
[JsonSerializable(typeof(RegisterFrontage))]
[JsonSerializable(typeof(UnitFrontageRecordDto))]
[JsonSerializable(typeof(PublicReportStatus))]
[JsonSerializable(typeof(ReportReceipt))]
[JsonSerializable(typeof(Open311Receipt[]))]
[JsonSerializable(typeof(Open311Request[]))]
[JsonSerializable(typeof(IEnumerable<Open311Request>))]
[JsonSerializable(typeof(IEnumerable<Open311Service>))]
[JsonSerializable(typeof(IReadOnlyList<ReporterContact>))]
[JsonSerializable(typeof(IReadOnlyList<OnTimeRateDto>))]
[JsonSerializable(typeof(IReadOnlyList<WeeklyCaseFlowDto>))]
[JsonSerializable(typeof(IReadOnlyList<ExposureDto>))]
[JsonSerializable(typeof(IReadOnlyList<FrontageDto>))]
internal sealed partial class EnforcementJson : JsonSerializerContext;
