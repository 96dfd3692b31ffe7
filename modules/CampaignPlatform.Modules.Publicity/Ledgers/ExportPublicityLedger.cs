using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Ledgers;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Publicity.Activities;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Surveys;
using CampaignPlatform.Modules.Publicity.Volunteering;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.Ledgers;

/// <summary>Which ledger: 宣传活动台账, 志愿服务台账 or 调查台账.</summary>
public enum PublicityLedgerKind
{
    Activities,
    VolunteerWork,
    Surveys,
}

/// <summary>
/// A township's publicity ledger for a period (default: this year up to today). The survey ledger lists the township's
/// own rounds and the city-wide rounds that cover it, since both are evidence for it.
/// </summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record ExportPublicityLedger(Guid TownshipId, PublicityLedgerKind Kind, DateOnly? From, DateOnly? To)
    : IRequest<Ledger>, ITownshipScoped, IDateRange;

internal sealed class ExportPublicityLedgerValidator : AbstractValidator<ExportPublicityLedger>
{
    public ExportPublicityLedgerValidator()
    {
        this.AddDateRangeRule();
    }
}

internal sealed class ExportPublicityLedgerHandler(PublicityDbContext db, IMediator mediator, TimeProvider time)
    : IRequestHandler<ExportPublicityLedger, Ledger>
{
    public async Task<Ledger> Handle(ExportPublicityLedger request, CancellationToken cancellationToken)
    {
        var (from, to) = request.OrThisYear(time);
        var township = (await mediator.Send(new FindTownship(request.TownshipId), cancellationToken))?.Name ?? "";
        var villages = await ActivityQueries.VillageNames(mediator, request.TownshipId, cancellationToken);
        string Village(Guid? id) => ActivityQueries.NameOf(villages, id) ?? "";
        var stem = $"{request.TownshipId:N}-{from:yyyyMMdd}-{to:yyyyMMdd}";

        switch (request.Kind)
        {
            case PublicityLedgerKind.Activities:
                var activities = await ActivityQueries.InPeriod(db, request.TownshipId, from, to)
                    .OrderBy(a => a.HeldOn).ThenBy(a => a.RecordedAt).ToListAsync(cancellationToken);
                return new Ledger($"宣传活动台账 {township}", $"publicity-activities-{stem}",
                    ["活动日期", "活动名称", "宣传渠道", "乡镇（街道）", "村（社区）", "组织者类别", "组织者", "参与人数", "覆盖人数（估计）", "佐证材料", "登记人"],
                    activities.Select(a => new object?[]
                    {
                        a.HeldOn, a.Title, Labels.Of(a.Channel), township, Village(a.VillageId), Labels.Of(a.Organiser.Kind), a.Organiser.Name,
                        a.Participants, a.EstimatedReach, a.EvidenceNote ?? "", a.RecordedBy,
                    }).ToList());
            case PublicityLedgerKind.VolunteerWork:
                var events = await VolunteerEventQueries.InPeriod(db, [request.TownshipId], from, to)
                    .OrderBy(e => e.HeldOn).ThenBy(e => e.RecordedAt).ToListAsync(cancellationToken);
                return new Ledger($"志愿服务台账 {township}", $"publicity-volunteer-work-{stem}",
                    ["日期", "类型", "乡镇（街道）", "村（社区）", "组织者类别", "组织者", "志愿者人数", "服务总时长（小时）", "服务内容", "登记人"],
                    events.Select(e => new object?[]
                    {
                        e.HeldOn, Labels.Of(e.Kind), township, Village(e.VillageId), Labels.Of(e.Organiser.Kind), e.Organiser.Name, e.Volunteers,
                        e.TotalHours, e.Description, e.RecordedBy,
                    }).ToList());
            default:
                var rounds = await SurveyQueries.Overlapping(db, from, to)
                    .Where(r => r.TownshipId == null || r.TownshipId == request.TownshipId)
                    .OrderBy(r => r.From).ThenBy(r => r.CreatedAt).ToListAsync(cancellationToken);
                return new Ledger($"调查台账 {township}", $"publicity-surveys-{stem}",
                    ["调查名称", "调查类型", "范围", "实施方", "调查机构", "开始日期", "结束日期", "样本数", "肯定回答数", "比率（%）", "95%置信下限（%）", "95%置信上限（%）", "状态"],
                    rounds.Select(r => SurveyRow(r, township)).ToList());
        }
    }

    private static object?[] SurveyRow(SurveyRound r, string township)
    {
        var estimate = SurveyRate.Of(r.PositiveCount, r.SampleSize);
        static object? Percent(decimal? fraction) => fraction * 100m;
        return
        [
            r.Title, Labels.Of(r.Kind), r.TownshipId is null ? SurveyRoundDto.CityWideZh : township, Labels.Of(r.Conductor), r.AgencyName ?? "",
            r.From, r.To, r.SampleSize, r.PositiveCount, Percent(estimate.Rate), Percent(estimate.Lower), Percent(estimate.Upper),
            r.ClosedAt is null ? "进行中" : "已结束",
        ];
    }
}

internal static class PublicityLedgerEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapLedger("activities", (township, from, to) => new ExportPublicityLedger(township, PublicityLedgerKind.Activities, from, to))
            .WithSummary("宣传活动台账 · Export a township's activities (format=csv|xlsx, from, to)");
        api.MapLedger("volunteer-work", (township, from, to) => new ExportPublicityLedger(township, PublicityLedgerKind.VolunteerWork, from, to))
            .WithSummary("志愿服务台账 · Export a township's volunteer work (format=csv|xlsx, from, to)");
        api.MapLedger("surveys", (township, from, to) => new ExportPublicityLedger(township, PublicityLedgerKind.Surveys, from, to))
            .WithSummary("调查台账 · Export the survey rounds that cover a township (format=csv|xlsx, from, to)");
    }
}
