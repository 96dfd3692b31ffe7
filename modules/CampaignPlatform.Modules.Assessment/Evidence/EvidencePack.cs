using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Ledgers;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Assessment.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Assessment.Evidence;

/// <summary>The evidence filed for an indicator, oldest first.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetEvidence(string Code) : IRequest<IReadOnlyList<EvidenceLinkDto>>;

/// <summary>The indicator's evidence pack (迎检档案台账) as a ledger, for CSV or a spreadsheet.</summary>
[Allow(ActorRole.CitySupervisor)]
internal sealed record ExportEvidencePack(string Code, string? Format) : IRequest<Ledger>
{
    public LedgerFormat LedgerFormat => string.Equals(Format, "xlsx", StringComparison.OrdinalIgnoreCase) ? LedgerFormat.Xlsx : LedgerFormat.Csv;
}

internal sealed class ExportEvidencePackValidator : AbstractValidator<ExportEvidencePack>
{
    public ExportEvidencePackValidator() =>
        RuleFor(e => e.Format).Must(f => f is not null && (f.Equals("xlsx", StringComparison.OrdinalIgnoreCase) || f.Equals("csv", StringComparison.OrdinalIgnoreCase)))
            .WithMessage("格式须为 xlsx 或 csv。'format' must be xlsx or csv.");
}

internal sealed class EvidencePackHandlers(AssessmentDbContext db, IMediator mediator)
    : IRequestHandler<GetEvidence, IReadOnlyList<EvidenceLinkDto>>, IRequestHandler<ExportEvidencePack, Ledger>
{
    public static readonly IReadOnlyList<string> Headers = ["指标编码", "指标名称", "来源模块", "来源编号", "乡镇", "说明", "日期", "归档时间", "归档人"];

    public async Task<IReadOnlyList<EvidenceLinkDto>> Handle(GetEvidence request, CancellationToken cancellationToken)
    {
        await Indicator(request.Code, cancellationToken);
        return (await Links(request.Code, cancellationToken)).Select(EvidenceLinkDto.From).ToList();
    }

    public async Task<Ledger> Handle(ExportEvidencePack request, CancellationToken cancellationToken)
    {
        var indicator = await Indicator(request.Code, cancellationToken);
        var links = await Links(request.Code, cancellationToken);
        var townships = (await mediator.Send(new ListTownships(IncludeRetired: true), cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        var rows = links.Select(l => new object?[]
        {
            indicator.Code, indicator.NameZh, l.SourceModule, l.SourceReference,
            l.TownshipId is { } t ? townships.GetValueOrDefault(t, t.ToString()) : "全市", l.Description, l.OccurredOn, l.LinkedAt, l.LinkedBy,
        }).ToList();
        return new Ledger($"迎检档案台账 {indicator.Code}", $"evidence-{indicator.Code}", Headers, rows);
    }

    private async Task<StandardIndicator> Indicator(string code, CancellationToken ct) =>
        await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, ct) ?? throw new NotFoundException("Indicator", code);

    private Task<List<EvidenceLink>> Links(string code, CancellationToken ct) =>
        db.Evidence.AsNoTracking().Where(e => e.IndicatorCode == code).OrderBy(e => e.OccurredOn).ThenBy(e => e.Id).ToListAsync(ct);
}
