using CampaignPlatform.Kernel.Ledgers;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Assessment.Evidence;

internal static class EvidenceEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("").WithTags("Assessment · evidence");
        group.MapPost("/evidence", async (LinkEvidence body, IMediator mediator, CancellationToken ct) =>
            {
                var linked = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/assessment/indicators/{linked[0].Link.IndicatorCode}/evidence", linked);
            })
            .WithSummary("手工归档佐证材料 · File a record as evidence of one or more indicators (once per source)");
        group.MapGet("/indicators/{code}/evidence", async (string code, string? format, IMediator mediator, ILedgerWriter writer, CancellationToken ct) =>
            {
                if (format is null)
                {
                    return Results.Ok(await mediator.Send(new GetEvidence(code), ct));
                }

                var request = new ExportEvidencePack(code, format);
                return writer.Write(await mediator.Send(request, ct), request.LedgerFormat);
            })
            .WithSummary("指标佐证材料，或导出迎检档案台账（format=xlsx|csv） · An indicator's evidence, or its evidence pack as a ledger");
    }
}
