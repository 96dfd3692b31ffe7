using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Checks.Data;
using CampaignPlatform.Modules.Checks.Listing;
using Hangfire;
using MediatR;

namespace CampaignPlatform.Modules.Checks.Running;

/// <summary>Queues a run of the check through Hangfire now; whichever Hangfire worker is free picks it up.</summary>
[Allow(ActorRole.CityAdministrator)]
internal sealed record RunCheckNow(string CheckId) : IRequest<RunQueuedDto>;

internal sealed class RunCheckNowHandler(ChecksDbContext db, IModuleCatalog catalog, IBackgroundJobClient jobs, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<RunCheckNow, RunQueuedDto>
{
    public async Task<RunQueuedDto> Handle(RunCheckNow request, CancellationToken cancellationToken)
    {
        var declared = catalog.Checks.FirstOrDefault(c => c.Check.Id == request.CheckId)
                       ?? throw new NotFoundException("Check", request.CheckId);
        var run = new CheckRun
        {
            Id = Guid.NewGuid(), CheckId = declared.Check.Id, ModuleId = declared.Module.Id, Trigger = CheckTrigger.OnDemand,
            RequestedBy = actor.Name, QueuedAt = time.GetUtcNow(), Outcome = CheckRunOutcome.Queued,
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        var checkId = run.CheckId;
        var runId = run.Id;
        run.JobId = jobs.Enqueue<CheckJob>(job => job.RunQueued(checkId, runId, null));
        await db.SaveChangesAsync(CancellationToken.None);
        return new RunQueuedDto(run.Id, run.CheckId);
    }
}
