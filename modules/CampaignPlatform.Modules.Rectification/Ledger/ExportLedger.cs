using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Ledgers;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
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
internal sealed record ExportLedger(Guid? TownshipId, DateOnly? From, DateOnly? To) : IRequest<Kernel.Ledgers.Ledger>, IDateRange;

/// <summary>The same ledger for one township, under the route every ledger has.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record ExportTownshipLedger(Guid TownshipId, DateOnly? From, DateOnly? To)
    : IRequest<Kernel.Ledgers.Ledger>, ITownshipScoped, IDateRange;

internal sealed class ExportTownshipLedgerValidator : AbstractValidator<ExportTownshipLedger>
{
    public ExportTownshipLedgerValidator() => this.AddDateRangeRule();
}

internal sealed class ExportLedgerValidator : AbstractValidator<ExportLedger>
{
    public ExportLedgerValidator() => this.AddDateRangeRule();
}

internal sealed class ExportLedgerHandler(RectificationDbContext db, IMediator mediator, TimeProvider time)
    : IRequestHandler<ExportLedger, Kernel.Ledgers.Ledger>, IRequestHandler<ExportTownshipLedger, Kernel.Ledgers.Ledger>
{
    private static readonly string[] Headers =
    [
        "编号", "乡镇（街道）", "村（社区）", "来源", "来源模块", "问题类别", "问题描述", "整改要求", "严重程度", "责任单位",
        "整改期限", "状态", "是否逾期", "挂牌督办", "认领时间", "整改情况", "佐证材料", "销号时间", "回头看", "重新打开次数", "登记时间", "登记人",
    ];

    public Task<Kernel.Ledgers.Ledger> Handle(ExportTownshipLedger request, CancellationToken cancellationToken) =>
        Handle(new ExportLedger(request.TownshipId, request.From, request.To), cancellationToken);

    public async Task<Kernel.Ledgers.Ledger> Handle(ExportLedger request, CancellationToken cancellationToken)
    {
        var today = CityClock.Today(time);
        var (from, to) = request.OrThisYear(time);
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
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapLedger("items", (township, from, to) => new ExportTownshipLedger(township, from, to))
            .WithSummary("导出整改台账 · Export a township's rectification ledger (format=csv|xlsx, from, to)");
        // The city's ledger, every township in one sheet: for the city office (a township officer gets their own).
        api.MapGet("/ledgers/items", async (string? format, DateOnly? from, DateOnly? to, IMediator mediator, ILedgerWriter writer,
                CancellationToken ct) =>
            {
                var chosen = LedgerFormats.Parse(format);
                return writer.Write(await mediator.Send(new ExportLedger(null, from, to), ct), chosen);
            })
            .WithSummary("导出全市整改台账 · Export the city's rectification ledger (format=csv|xlsx, from, to)");
    }
}
