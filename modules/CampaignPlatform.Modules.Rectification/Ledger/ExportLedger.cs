using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Ledgers;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Rectification.Data;
using CampaignPlatform.Modules.Rectification.Items;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Rectification.Ledger;

/// <summary>问题整改台账: every item filed in the period (default: this year), for one township or the city.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.UnitOfficer)]
internal sealed record ExportLedger(Guid? TownshipId, DateOnly? From, DateOnly? To) : IRequest<Kernel.Ledgers.Ledger>;

internal sealed class ExportLedgerValidator : AbstractValidator<ExportLedger>
{
    public ExportLedgerValidator() =>
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("结束日期不能早于开始日期。'to' must not be before 'from'.");
}

internal sealed class ExportLedgerHandler(RectificationDbContext db, IMediator mediator, TimeProvider time)
    : IRequestHandler<ExportLedger, Kernel.Ledgers.Ledger>
{
    private static readonly string[] Headers =
    [
        "编号", "乡镇（街道）", "村（社区）", "来源", "来源模块", "问题类别", "问题描述", "整改要求", "严重程度", "责任单位",
        "整改期限", "状态", "是否逾期", "挂牌督办", "认领时间", "整改情况", "佐证材料", "销号时间", "回头看", "重新打开次数", "登记时间", "登记人",
    ];

    public async Task<Kernel.Ledgers.Ledger> Handle(ExportLedger request, CancellationToken cancellationToken)
    {
        var today = CityClock.Today(time);
        var from = request.From ?? new DateOnly(today.Year, 1, 1);
        var to = request.To ?? today;
        var filter = new SearchItems(request.TownshipId, null, null, null, null, null, null, from, to, null, null);
        var items = await SearchItemsHandler.Filter(db.Items.AsNoTracking(), filter, today).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var names = await OrgNames.LoadAsync(mediator, items.Where(i => i.VillageId != null).Select(i => i.TownshipId), cancellationToken);
        var rows = items.Select(i => ItemDto.From(i, names, today)).Select(i => new object?[]
        {
            i.Number, i.TownshipName, i.VillageName, i.SourceZh, i.SourceModule, i.Category, i.Description, i.Requirements,
            i.Severity == Kernel.Rectification.ProblemSeverity.Major ? "重大" : "一般", i.ResponsibleUnitName, i.Deadline, i.StatusZh,
            i.IsOverdue, i.Listed, i.ClaimedAt, i.FixDescription, i.EvidenceNote, i.ClosedAt, ItemLabels.Of(i.Lookback), i.ReopenCount,
            i.CreatedAt, i.CreatedBy,
        }).ToList();
        var scope = request.TownshipId is { } t ? names.Township(t) : "全市";
        return new Kernel.Ledgers.Ledger($"问题整改台账 {scope}", $"rectification-ledger-{from:yyyyMMdd}-{to:yyyyMMdd}", Headers, rows);
    }
}

internal static class LedgerEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/ledger", async (string? format, Guid? townshipId, DateOnly? from, DateOnly? to, IMediator mediator, ILedgerWriter writer, CancellationToken ct) =>
            {
                var chosen = LedgerFormats.Parse(format);
                return writer.Write(await mediator.Send(new ExportLedger(townshipId, from, to), ct), chosen);
            })
            .WithSummary("导出整改台账 · Export the rectification ledger (format=csv|xlsx)");
}
