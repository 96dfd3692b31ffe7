using CampaignPlatform.Kernel.Rectification;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.TestModules.Sample;

/// <summary>What a finding looks like from a campaign module: it publishes the kernel's "a problem was found".</summary>
public sealed record ReportSampleProblem(string Reference, ProblemSeverity Severity = ProblemSeverity.Normal, string? UnitCode = null, int DeadlineDays = 7);

public static class SampleProblems
{
    public static ProblemFound ToProblem(Guid townshipId, ReportSampleProblem report) =>
        new("sample", report.Reference, townshipId, null, "示例问题", $"示例检查发现的问题 {report.Reference}", report.Severity, report.UnitCode, report.DeadlineDays);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/townships/{townshipId:guid}/problems", async (Guid townshipId, ReportSampleProblem body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Publish(ToProblem(townshipId, body), ct);
            return TypedResults.Accepted((string?)null);
        });
}
