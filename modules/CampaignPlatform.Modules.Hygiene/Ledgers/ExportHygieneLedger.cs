using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Ledgers;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Hygiene.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
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
internal sealed record ExportHygieneLedger(Guid TownshipId, HygieneLedgerKind? Kind, DateOnly? From, DateOnly? To)
    : IRequest<Kernel.Ledgers.Ledger>, ITownshipScoped;

internal sealed class ExportHygieneLedgerValidator : AbstractValidator<ExportHygieneLedger>
{
    public ExportHygieneLedgerValidator()
    {
        RuleFor(q => q.Kind).NotNull().IsInEnum().WithMessage("台账类型只能是 sites、facility-checks 或 disinfections。Unknown ledger kind.");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("结束日期不能早于开始日期。'to' must not be before 'from'.");
    }
}

internal sealed class ExportHygieneLedgerHandler(HygieneDbContext db, IMediator mediator, TimeProvider time, IOptions<HygieneOptions> options)
    : IRequestHandler<ExportHygieneLedger, Kernel.Ledgers.Ledger>
{
    public async Task<Kernel.Ledgers.Ledger> Handle(ExportHygieneLedger request, CancellationToken cancellationToken)
    {
        var today = CityClock.Today(time);
        var from = request.From ?? new DateOnly(today.Year, 1, 1);
        var to = request.To ?? today;
        var township = (await mediator.Send(new FindTownship(request.TownshipId), cancellationToken))?.Name ?? "";
        var sites = await db.Sites.AsNoTracking().Where(s => s.TownshipId == request.TownshipId).ToDictionaryAsync(s => s.Id, cancellationToken);
        var villages = (await mediator.Send(new ListVillages([request.TownshipId]), cancellationToken)).ToDictionary(v => v.Id, v => v.Name);
        var units = (await mediator.Send(new ListUnits(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        string Village(Site s) => s.VillageId is { } v ? villages.GetValueOrDefault(v, "") : "";
        string Unit(Site s) => s.ResponsibleUnitId is { } u ? units.GetValueOrDefault(u, "") : "";
        var stem = $"{request.TownshipId:N}-{from:yyyyMMdd}-{to:yyyyMMdd}";
        var start = CityClock.StartOf(from);
        var end = CityClock.StartOf(to.AddDays(1));

        switch (request.Kind!.Value)
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
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/townships/{townshipId:guid}/ledgers/{kind}",
                async (Guid townshipId, string kind, string? format, DateOnly? from, DateOnly? to, IMediator mediator, ILedgerWriter writer, CancellationToken ct) =>
                {
                    var chosen = LedgerFormats.Parse(format);
                    HygieneLedgerKind? parsed = kind.ToLowerInvariant() switch
                    {
                        "sites" => HygieneLedgerKind.Sites,
                        "facility-checks" => HygieneLedgerKind.FacilityChecks,
                        "disinfections" => HygieneLedgerKind.Disinfections,
                        _ => (HygieneLedgerKind)(-1),
                    };
                    return writer.Write(await mediator.Send(new ExportHygieneLedger(townshipId, parsed, from, to), ct), chosen);
                })
            .WithSummary("导出台账 · Export a township's ledger: sites, facility-checks or disinfections (format=csv|xlsx)");
}
