using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Ledgers;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.DemonstrationCreation.Ledgers;

/// <summary>示范称号台账: a township's titles granted in a period (by grant date; default every one), held and withdrawn.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record ExportTitlesLedger(Guid TownshipId, DateOnly? From, DateOnly? To) : IRequest<Ledger>, ITownshipScoped, IDateRange;

internal sealed class ExportTitlesLedgerValidator : AbstractValidator<ExportTitlesLedger>
{
    public ExportTitlesLedgerValidator() => this.AddDateRangeRule();
}

internal sealed class ExportTitlesLedgerHandler(DemonstrationCreationDbContext db, IMediator mediator) : IRequestHandler<ExportTitlesLedger, Ledger>
{
    public async Task<Ledger> Handle(ExportTitlesLedger request, CancellationToken cancellationToken)
    {
        var township = (await mediator.Send(new FindTownship(request.TownshipId), cancellationToken))?.Name ?? "";
        var villages = (await mediator.Send(new ListVillages([request.TownshipId]), cancellationToken)).ToDictionary(v => v.Id, v => v.Name);
        var titles = db.Titles.AsNoTracking().Where(t => t.TownshipId == request.TownshipId);
        if (request.From is { } from)
        {
            titles = titles.Where(t => t.GrantedOn >= from);
        }

        if (request.To is { } to)
        {
            titles = titles.Where(t => t.GrantedOn <= to);
        }

        var found = await titles.OrderBy(t => t.GrantedOn).ThenBy(t => t.PlaceName).ToListAsync(cancellationToken);
        var ids = found.Select(t => t.ApplicationId).ToList();
        var lastScore = (await db.Reviews.AsNoTracking().Where(r => ids.Contains(r.ApplicationId)).ToListAsync(cancellationToken))
            .GroupBy(r => r.ApplicationId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.ReviewedOn).ThenBy(r => r.RecordedAt).Last().Percentage);
        var rows = found.Select(t => new object?[]
        {
            DemonstrationLabels.Of(t.Kind), t.PlaceName, t.UnitName, township, t.VillageId is { } v ? villages.GetValueOrDefault(v, "") : "", t.Address,
            t.GrantedOn, lastScore.GetValueOrDefault(t.ApplicationId), t.NextReviewDue, DemonstrationLabels.Of(t.State), t.WithdrawnOn, t.WithdrawnReason,
        }).ToList();
        var stem = $"demo-creation-titles-{request.TownshipId:N}" + (request.From is { } f ? $"-{f:yyyyMMdd}" : "") + (request.To is { } e ? $"-{e:yyyyMMdd}" : "");
        return new Ledger($"示范称号台账 {township}", stem,
            ["示范类别", "名称", "单位", "乡镇（街道）", "村（社区）", "地址", "命名日期", "最近评审得分", "下次复审日期", "状态", "撤销日期", "撤销原因"], rows);
    }
}

internal static class LedgerEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapLedger("titles", (township, from, to) => new ExportTitlesLedger(township, from, to))
            .WithSummary("示范称号台账 · Export a township's titles (format=csv|xlsx, from, to)");
}
