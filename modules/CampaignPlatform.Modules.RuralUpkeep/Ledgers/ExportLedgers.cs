using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Ledgers;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using CampaignPlatform.Modules.RuralUpkeep.FiveHaves;
using CampaignPlatform.Modules.RuralUpkeep.Inspections;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.RuralUpkeep.Ledgers;

/// <summary>农村人居环境检查台账: a township's inspections in the period (default: this year), one row per inspection.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record ExportInspectionLedger(Guid TownshipId, DateOnly? From, DateOnly? To) : ITownshipScoped, IRequest<Ledger>, IDateRange;

/// <summary>村庄长效管护“五有”台账: a township's villages with each of the five haves, as of now.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record ExportFiveHavesLedger(Guid TownshipId) : ITownshipScoped, IRequest<Ledger>;

/// <summary>农户积分台账: every points movement of a township's households in the period (default: this year).</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record ExportPointsLedger(Guid TownshipId, DateOnly? From, DateOnly? To) : ITownshipScoped, IRequest<Ledger>, IDateRange;

internal sealed class ExportPointsLedgerValidator : AbstractValidator<ExportPointsLedger>
{
    public ExportPointsLedgerValidator() => this.AddDateRangeRule();
}

internal sealed class ExportInspectionLedgerValidator : AbstractValidator<ExportInspectionLedger>
{
    public ExportInspectionLedgerValidator() => this.AddDateRangeRule();
}

internal sealed class LedgerHandlers(RuralUpkeepDbContext db, IMediator mediator, TimeProvider time) :
    IRequestHandler<ExportInspectionLedger, Ledger>,
    IRequestHandler<ExportFiveHavesLedger, Ledger>,
    IRequestHandler<ExportPointsLedger, Ledger>
{
    private static readonly string[] PointHeaders = ["时间", "乡镇", "村（社区）", "农户", "积分变动", "变动后余额", "事由", "经办人"];

    private static readonly string[] InspectionHeaders =
        ["检查日期", "乡镇", "村（社区）", "检查人", "得分", "检查项数", "不合格项数", "不合格项", "备注", "登记时间", "登记人"];

    public async Task<Ledger> Handle(ExportInspectionLedger request, CancellationToken cancellationToken)
    {
        var (from, to) = request.OrThisYear(time);
        var township = await Township(request.TownshipId, cancellationToken);
        var names = await InspectionQueries.VillageNames(mediator, request.TownshipId, cancellationToken);
        var inspections = await InspectionQueries.InPeriod(db, request.TownshipId, from, to)
            .OrderBy(i => i.InspectedOn).ThenBy(i => i.RecordedAt).ToListAsync(cancellationToken);
        var rows = inspections.Select(i => new object?[]
        {
            i.InspectedOn, township.Name, names.GetValueOrDefault(i.VillageId), i.Inspector, i.Score, i.Results.Count,
            i.Results.Count(r => !r.Passed), string.Join("；", i.Results.Where(r => !r.Passed).Select(r => r.NameZh)),
            string.Join("；", i.Results.Where(r => !string.IsNullOrWhiteSpace(r.Note)).Select(r => $"{r.NameZh}：{r.Note}")),
            i.RecordedAt, i.RecordedBy,
        }).ToList();
        return new Ledger($"农村人居环境检查台账 {township.Name}", $"rural-upkeep-inspections-{township.Code}-{from:yyyyMMdd}-{to:yyyyMMdd}", InspectionHeaders, rows);
    }

    public async Task<Ledger> Handle(ExportFiveHavesLedger request, CancellationToken cancellationToken)
    {
        var township = await Township(request.TownshipId, cancellationToken);
        var villages = await mediator.Send(new FiveHaves.GetTownshipVillages(request.TownshipId), cancellationToken);
        var headers = new List<string> { "乡镇", "村（社区）", "村编码" };
        foreach (var kind in FiveHaveLabels.All)
        {
            headers.Add($"{FiveHaveLabels.Zh(kind)}（建立日期）");
            headers.Add($"{FiveHaveLabels.Zh(kind)}（佐证）");
        }

        headers.AddRange(["已落实项数", "机制是否健全", "最近检查日期", "最近检查得分"]);
        var rows = villages.Select(v =>
        {
            var cells = new List<object?> { township.Name, v.VillageName, v.VillageCode };
            foreach (var have in v.FiveHaves)
            {
                cells.Add(have.EstablishedOn);
                cells.Add(have.EvidenceNote);
            }

            cells.AddRange([v.InPlace, v.MechanismComplete ? "是" : "否", v.LastInspectedOn, v.LastScore]);
            return cells.ToArray();
        }).ToList();
        return new Ledger($"村庄长效管护“五有”台账 {township.Name}", $"rural-upkeep-five-haves-{township.Code}-{CityClock.Today(time):yyyyMMdd}", headers, rows);
    }

    public async Task<Ledger> Handle(ExportPointsLedger request, CancellationToken cancellationToken)
    {
        var (from, to) = request.OrThisYear(time);
        var (start, end) = (CityClock.StartOf(from), CityClock.StartOf(to.AddDays(1)));
        var township = await Township(request.TownshipId, cancellationToken);
        var names = await InspectionQueries.VillageNames(mediator, request.TownshipId, cancellationToken);
        var movements = await db.PointMovements.AsNoTracking()
            .Join(db.Households.Where(h => h.TownshipId == request.TownshipId), m => m.HouseholdId, h => h.Id, (m, h) => new { m, h })
            .Where(x => x.m.At >= start && x.m.At < end)
            .OrderBy(x => x.m.Id)
            .ToListAsync(cancellationToken);
        var rows = movements.Select(x => new object?[]
        {
            x.m.At, township.Name, names.GetValueOrDefault(x.h.VillageId), x.h.Name, x.m.Points, x.m.BalanceAfter, x.m.Reason, x.m.By,
        }).ToList();
        return new Ledger($"农户积分台账 {township.Name}", $"rural-upkeep-points-{township.Code}-{from:yyyyMMdd}-{to:yyyyMMdd}", PointHeaders, rows);
    }

    private async Task<TownshipInfo> Township(Guid id, CancellationToken ct) =>
        await mediator.Send(new FindTownship(id), ct) ?? throw new NotFoundException("Township", id);
}

internal static class LedgerEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapLedger("inspections", (township, from, to) => new ExportInspectionLedger(township, from, to))
            .WithSummary("导出检查台账 · Export a township's inspections (format=csv|xlsx, from, to)");
        api.MapLedger("five-haves", township => new ExportFiveHavesLedger(township))
            .WithSummary("导出“五有”台账 · Export a township's five-haves ledger (format=csv|xlsx)");
        api.MapLedger("points", (township, from, to) => new ExportPointsLedger(township, from, to))
            .WithSummary("导出积分台账 · Export a township's household points movements (format=csv|xlsx, from, to)");
    }
}
