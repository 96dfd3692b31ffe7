using System.Globalization;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Ledgers;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Enforcement.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Ledgers;

/// <summary>Which ledger: 执法案件台账 or 曝光台账.</summary>
public enum EnforcementLedgerKind
{
    Cases,
    Exposures,
}

/// <summary>A township's enforcement ledger for a period (default: this year up to today). No phone numbers in it.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record ExportEnforcementLedger(Guid TownshipId, EnforcementLedgerKind Kind, DateOnly? From, DateOnly? To)
    : IRequest<Ledger>, ITownshipScoped, IDateRange;

internal sealed class ExportEnforcementLedgerValidator : AbstractValidator<ExportEnforcementLedger>
{
    public ExportEnforcementLedgerValidator()
    {
        this.AddDateRangeRule();
    }
}

internal sealed class ExportEnforcementLedgerHandler(EnforcementDbContext db, IMediator mediator, TimeProvider time)
    : IRequestHandler<ExportEnforcementLedger, Ledger>
{
    public async Task<Ledger> Handle(ExportEnforcementLedger request, CancellationToken cancellationToken)
    {
        var (from, to) = request.OrThisYear(time);
        var township = (await mediator.Send(new FindTownship(request.TownshipId), cancellationToken))?.Name ?? "";
        var stem = $"{request.TownshipId:N}-{from:yyyyMMdd}-{to:yyyyMMdd}";
        if (request.Kind == EnforcementLedgerKind.Exposures)
        {
            var exposures = await db.Exposures.AsNoTracking()
                .Where(e => e.TownshipId == request.TownshipId && e.Date >= from && e.Date <= to)
                .OrderBy(e => e.Date).ThenBy(e => e.RecordedAt).ToListAsync(cancellationToken);
            var caseIds = exposures.Where(e => e.CaseId != null).Select(e => e.CaseId!.Value).ToList();
            var numbers = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);
            return new Ledger($"曝光台账 {township}", $"enforcement-exposures-{stem}",
                ["日期", "类型", "乡镇（街道）", "媒体或来源", "曝光内容", "关联案件编号", "登记人"],
                exposures.Select(e => new object?[]
                {
                    e.Date, EnforcementLabels.Of(e.Kind), township, e.Outlet, e.Description, e.CaseId is { } id ? numbers.GetValueOrDefault(id) : null, e.RecordedBy,
                }).ToList());
        }

        var start = CityClock.StartOf(from);
        var end = CityClock.StartOf(to.AddDays(1));
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.TownshipId == request.TownshipId && c.ReportedAt >= start && c.ReportedAt < end)
            .ToListAsync(cancellationToken);
        var villages = (await mediator.Send(new ListVillages([request.TownshipId]), cancellationToken)).ToDictionary(v => v.Id, v => v.Name);
        var units = (await mediator.Send(new ListUnits(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        return new Ledger($"执法案件台账 {township}", $"enforcement-cases-{stem}",
            ["案件编号", "类别", "来源", "状态", "乡镇（街道）", "村（社区）", "地址", "问题描述", "受理时间", "处置层级", "处置单位", "处置期限",
                "处置人", "处置时间", "核查人", "结案时间", "按期办结", "挂账", "不予立案理由"],
            cases.OrderBy(c => c.ReportedAt).ThenBy(c => c.Sequence).Select(c => new object?[]
            {
                c.Number, EnforcementLabels.Of(c.Category), EnforcementLabels.Of(c.Source), EnforcementLabels.Of(c.State), township,
                c.VillageId is { } v ? villages.GetValueOrDefault(v) : null, c.Address, c.Description, Local(c.ReportedAt),
                c.Level is { } l ? EnforcementLabels.Of(l) : null, c.UnitId is { } u ? units.GetValueOrDefault(u) : null, Local(c.HandleDueAt),
                c.Handler, Local(c.HandledAt), c.Verifier, Local(c.ClosedAt), c.ClosedOnTime switch { true => "是", false => "否", _ => null },
                c.Parked ? $"是（{c.ParkApprovedBy} 批准：{c.ParkReason}）" : "否", c.RejectReason,
            }).ToList());
    }

    private static string? Local(DateTimeOffset? instant) =>
        instant is { } i ? CityClock.ToCityTime(i).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null;
}

internal static class EnforcementLedgerEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapLedger("cases", (township, from, to) => new ExportEnforcementLedger(township, EnforcementLedgerKind.Cases, from, to))
            .WithSummary("执法案件台账 · Export a township's cases (format=csv|xlsx, from, to)");
        api.MapLedger("exposures", (township, from, to) => new ExportEnforcementLedger(township, EnforcementLedgerKind.Exposures, from, to))
            .WithSummary("曝光台账 · Export a township's exposures (format=csv|xlsx, from, to)");
    }
}
