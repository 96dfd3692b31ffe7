using System.Text.Json.Serialization.Metadata;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enforcement.Calendar;
using CampaignPlatform.Modules.Enforcement.Cases;
using CampaignPlatform.Modules.Enforcement.Checks;
using CampaignPlatform.Modules.Enforcement.Dashboard;
using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Exposures;
using CampaignPlatform.Modules.Enforcement.Frontages;
using CampaignPlatform.Modules.Enforcement.Intake;
using CampaignPlatform.Modules.Enforcement.Ledgers;
using CampaignPlatform.Modules.Enforcement.Open311;
using CampaignPlatform.Modules.Enforcement.Scoring;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.Enforcement;

/// <summary>
/// 三级联动综合行政执法: enforcement cases from citizens' snap reports (随手拍, also over Open311), calls, patrols,
/// inspections, the media and villages' whistles, through 立案 → 派遣 → 处置 → 核查 → 结案 on a working calendar, with
/// escalation of overdue cases, exposures, frontage agreements (门前五包) with ratings and red and black lists, the on-time closure line and ledgers.
/// </summary>
public sealed class EnforcementModule : IModule
{
    public const string Id = "enforcement";
    public const string NameZh = "综合执法";

    public ModuleManifest Manifest { get; } = new(
        Id, NameZh, "Enforcement cases", "1.0.0",
        "Public snap-and-report intake (also Open311), case workflow with working-calendar deadlines and three-level escalation, exposures, score line, ledgers.",
        DependsOn: ["org"], IsCore: false)
    {
        DemoCity = DemoCitySwitch.Everywhere,
    };

    public IJsonTypeInfoResolver? JsonContext => EnforcementJson.Default;

    public void ConfigureServices(IServiceCollection services, IModuleStorage storage)
    {
        storage.AddDbContext<EnforcementDbContext>(services);
        services.AddOptions<EnforcementOptions>().BindConfiguration(EnforcementOptions.Section);
        services.AddScoped<CalendarLoader>();
        services.AddScoped<IntakeRateLimiter>();
        services.AddScoped<IDataMigration, CaseDueTallyBackfill>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        IntakeEndpoints.Map(api);
        BareIntakeBaseline.MapWhenSwitchedOn(api);
        CaseEndpoints.Map(api);
        CalendarEndpoints.Map(api);
        ExposureEndpoints.Map(api);
        FrontageEndpoints.Map(api);
        EnforcementLedgerEndpoints.Map(api);
        api.MapGet("/on-time-rates", async (DateOnly? day, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOnTimeRates(day), ct)))
            .WithSummary("按期办结率 · The nightly on-time closure figures per township");
        api.MapGet("/case-flow", async (int? weeks, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCaseFlow(weeks), ct)))
            .WithSummary("案件受理与办结趋势 · Cases opened and closed per week, in the caller's scope");
    }

    /// <summary>The officers' case list; the public report pages (<c>/report</c>, <c>/report/track</c>) need no menu entry nor account.</summary>
    public IEnumerable<ModulePage> Pages =>
    [
        ModulePage.For<SearchCases>("/enforcement", "执法案件", "Enforcement cases"),
        ModulePage.For<ListFrontages>("/enforcement/frontages", "门前五包", "Frontage agreements"),
        ModulePage.For<ListExposures>("/enforcement/exposures", "曝光", "Exposures"),
        ModulePage.For<GetCalendar>("/enforcement/calendar", "工作日历", "Working calendar"),
    ];

    public void MapRootEndpoints(IEndpointRouteBuilder app) => Open311Endpoints.Map(app);

    public IEnumerable<RecurringCheck> RecurringChecks =>
    [
        RecurringCheck.Create<CheckOverdueEscalation>("enforcement.overdue-escalation", "5 * * * *", "超期案件升级",
            "Moves every dispatched case past its deadline up one level (village → township → city), once per overdue occurrence."),
        RecurringCheck.Create<CheckOnTimeRate>("enforcement.on-time-rate", "30 1 * * *", "按期办结率统计",
            "Stores per township the year's citizen cases due up to yesterday and how many were closed on time."),
    ];

    public IEnumerable<DashboardPanel> DashboardPanels { get; } =
        [DashboardPanel.For<GetCaseFlow, CaseFlowPanel>(40, "执法案件立案与结案", "Enforcement cases opened and closed")];
}
