using CampaignPlatform.Generator;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Benchmarks;

/// <summary>The platform on the generated province (see <see cref="BenchEnvironment"/>), and its checks run the way the host's runner runs them.</summary>
public static class ProvincePlatform
{
    public static WebApplication Open(params KeyValuePair<string, string?>[] settings)
    {
        var app = PreparedPlatform.StartAsync(BenchEnvironment.Province, settings).GetAwaiter().GetResult();
        using var scope = app.Services.CreateScope();
        if (scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListTownships()).GetAwaiter().GetResult().Count == 0)
        {
            throw new InvalidOperationException("The benchmark database is empty: fill it with build/CampaignPlatform.Generator first (see README).");
        }

        return app;
    }

    /// <summary>Sends a check's request through the pipeline, as a scheduled run does, for the given townships (default: where its module is on).</summary>
    public static async Task<CheckOutcome> RunCheckAsync(IServiceProvider services, string checkId, IReadOnlyList<Guid>? townships = null)
    {
        var declared = services.GetRequiredService<IModuleCatalog>().Checks.Single(c => c.Check.Id == checkId);
        await using var scope = services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        townships ??= await mediator.Send(new ListTownshipsWhereEnabled(declared.Module.Id));
        var run = new CheckRunContext(Guid.NewGuid(), checkId, townships, TimeProvider.System.GetUtcNow());
        return await mediator.Send(declared.Check.CreateRequest(run));
    }

    public static async Task<IReadOnlyList<Guid>> AllTownshipsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListTownships())).Select(t => t.Id).ToList();
    }
}
