using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Ledgers;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Hygiene.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Hygiene.Ledgers;

/// <summary>Which ledger: 场所台账, 洗手设施检查台账 or 消毒记录台账.</summary>
public enum HygieneLedgerKind
{
    Sites,
    FacilityChecks,
    Disinfections,
}

/// <summary>A township's hygiene ledger for a period (default: this year up to today).</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record ExportHygieneLedger(Guid TownshipId, HygieneLedgerKind Kind, DateOnly? From, DateOnly? To)
    : IRequest<Kernel.Ledgers.Ledger>, ITownshipScoped, IDateRange;

internal sealed class ExportHygieneLedgerValidator : AbstractValidator<ExportHygieneLedger>
{
    public ExportHygieneLedgerValidator()
    {
        this.AddDateRangeRule();
    }
}

internal sealed class ExportHygieneLedgerHandler(HygieneDbContext db, IMediator mediator, TimeProvider time, IOptions<HygieneOptions> options)
    : IRequestHandler<ExportHygieneLedger, Kernel.Ledgers.Ledger>
{
    public async Task<Kernel.Ledgers.Ledger> Handle(ExportHygieneLedger request, CancellationToken cancellationToken)
    {
        var (from, to) = request.OrThisYear(time);
        var township = (await mediator.Send(new FindTownship(request.TownshipId), cancellationToken))?.Name ?? "";
        var sites = await db.Sites.AsNoTracking().Where(s => s.TownshipId == request.TownshipId).ToDictionaryAsync(s => s.Id, cancellationToken);
        var villages = (await mediator.Send(new ListVillages([request.TownshipId]), cancellationToken)).ToDictionary(v => v.Id, v => v.Name);
        var units = (await mediator.Send(new ListUnits(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        string Village(Site s) => s.VillageId is { } v ? villages.GetValueOrDefault(v, "") : "";
        string Unit(Site s) => s.ResponsibleUnitId is { } u ? units.GetValueOrDefault(u, "") : "";
        var stem = $"{request.TownshipId:N}-{from:yyyyMMdd}-{to:yyyyMMdd}";
        var start = CityClock.StartOf(from);
        var end = CityClock.StartOf(to.AddDays(1));

        switch (request.Kind)
        {
            case HygieneLedgerKind.Sites:
                var siteRows = sites.Values.Where(s => s.CreatedAt < end).OrderBy(s => s.Category).ThenBy(s => s.Name)
                    .Select(s => new object?[]
                    {
                        s.Name, SiteLabels.Of(s.Category), township, Village(s), s.Address, Unit(s), options.Value.FrequencyOf(s.Category),
                        CityClock.ToCityTime(s.CreatedAt).DateTime, s.CreatedBy, s.RetiredOn, s.RetiredReason,
                    }).ToList();
                return new Kernel.Ledgers.Ledger($"场所台账 {township}", $"hygiene-sites-{stem}",
                    ["场所名称", "类别", "乡镇（街道）", "村（社区）", "地址", "责任单位", "每日消毒次数要求", "登记时间", "登记人", "注销日期", "注销原因"], siteRows);
            case HygieneLedgerKind.FacilityChecks:
                var checks = await db.FacilityChecks.AsNoTracking()
                    .Where(c => c.TownshipId == request.TownshipId && c.CheckedOn >= from && c.CheckedOn <= to)
                    .OrderBy(c => c.CheckedOn).ThenBy(c => c.Id).ToListAsync(cancellationToken);
                var checkRows = checks.Select(c => new object?[]
                {
                    c.CheckedOn, sites[c.SiteId].Name, SiteLabels.Of(sites[c.SiteId].Category), Village(sites[c.SiteId]), c.Total, c.Working,
                    c.SoapPresent ? "是" : "否", Compliance.HygieneArithmetic.FacilityAdequate(c.Working, c.SoapPresent) ? "达标" : "不达标", c.Checker,
                }).ToList();
                return new Kernel.Ledgers.Ledger($"洗手设施检查台账 {township}", $"hygiene-facility-checks-{stem}",
                    ["检查日期", "场所名称", "类别", "村（社区）", "设施总数", "完好数", "有无洗手液", "结论", "检查人"], checkRows);
            default:
                var entries = await db.Disinfections.AsNoTracking()
                    .Where(d => d.TownshipId == request.TownshipId && d.At >= start && d.At < end)
                    .ToListAsync(cancellationToken);
                var entryRows = entries.OrderBy(d => d.At).ThenBy(d => d.Id).Select(d => new object?[]
                {
                    CityClock.ToCityTime(d.At).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    sites[d.SiteId].Name, SiteLabels.Of(sites[d.SiteId].Category), Village(sites[d.SiteId]), d.AreaSquareMetres, d.Disinfectant, d.Operator,
                }).ToList();
                return new Kernel.Ledgers.Ledger($"消毒记录台账 {township}", $"hygiene-disinfections-{stem}",
                    ["消毒时间", "场所名称", "类别", "村（社区）", "消毒面积（平方米）", "消毒剂", "操作人"], entryRows);
        }
    }
}

internal static class HygieneLedgerEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapLedger("sites", (township, from, to) => new ExportHygieneLedger(township, HygieneLedgerKind.Sites, from, to))
            .WithSummary("场所台账 · Export a township's sites (format=csv|xlsx, from, to)");
        api.MapLedger("facility-checks", (township, from, to) => new ExportHygieneLedger(township, HygieneLedgerKind.FacilityChecks, from, to))
            .WithSummary("设施检查台账 · Export a township's facility checks (format=csv|xlsx, from, to)");
        api.MapLedger("disinfections", (township, from, to) => new ExportHygieneLedger(township, HygieneLedgerKind.Disinfections, from, to))
            .WithSummary("消毒记录台账 · Export a township's disinfections (format=csv|xlsx, from, to)");
    }
}
