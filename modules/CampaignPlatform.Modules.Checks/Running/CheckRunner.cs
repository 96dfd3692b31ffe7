using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Checks.Data;
using Hangfire;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CampaignPlatform.Modules.Checks.Running;

/// <summary>
/// Runs one occurrence of a check and records it. The check's request gets the townships where its module is
/// on, so a check never touches a township where its module is off. A run found already finished (Hangfire
/// delivers at least once) is not run again; a run started while another of the same check is still running
/// is recorded as skipped instead of overlapping it. A run that fails is recorded attempt by attempt and tried again
/// with back-off (<see cref="CheckRetries"/>) before it is recorded as failed.
/// </summary>
public sealed class CheckRunner(
    ChecksDbContextAccessor dbAccessor, IModuleCatalog catalog, IMediator mediator, IBackgroundJobClient jobs, CheckRetries retries, TimeProvider time,
    ILogger<CheckRunner> logger)
{
    /// <summary>A run older than this that never finished is taken to have died with its process.</summary>
    public static readonly TimeSpan StaleRunAfter = TimeSpan.FromMinutes(30);

    internal async Task<CheckRun> RunAsync(string checkId, Guid? runId, string? jobId, CheckTrigger trigger, CancellationToken ct)
    {
        var db = dbAccessor.Db;
        var declared = catalog.Checks.FirstOrDefault(c => c.Check.Id == checkId);
        var run = await FindOrCreateRun(db, checkId, declared?.Module.Id ?? "?", runId, jobId, trigger, ct);
        if (run.Outcome is CheckRunOutcome.Succeeded or CheckRunOutcome.Failed or CheckRunOutcome.Skipped)
        {
            return run;
        }

        var now = time.GetUtcNow();
        if (declared is null)
        {
            return await Finish(db, run, CheckRunOutcome.Failed, $"检查“{checkId}”已不存在。The check is no longer declared by any module.");
        }

        var staleBefore = now - StaleRunAfter;
        if (await db.Runs.AnyAsync(r => r.CheckId == checkId && r.Id != run.Id && r.Outcome == CheckRunOutcome.Running && r.StartedAt > staleBefore, ct))
        {
            return await Finish(db, run, CheckRunOutcome.Skipped, "上一次运行尚未结束，本次跳过。The previous run is still going.");
        }

        run.Outcome = CheckRunOutcome.Running;
        run.StartedAt = now;
        await db.SaveChangesAsync(ct);
        try
        {
            var townships = await mediator.Send(new ListTownshipsWhereEnabled(declared.Module.Id), ct);
            run.TownshipsCovered = townships.Count;
            var outcome = await mediator.Send(declared.Check.CreateRequest(new CheckRunContext(run.Id, checkId, townships, now)), ct);
            run.ItemsProcessed = outcome.ItemsProcessed;
            run.ItemsCreated = outcome.ItemsCreated;
            return await Finish(db, run, CheckRunOutcome.Succeeded, outcome.Summary);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Recurring check {CheckId} failed", checkId);
            return await RecordFailure(db, run, ex.GetType().Name, ex.Message);
        }
    }

    /// <summary>
    /// Runs left running when the host last stopped (killed, crashed) were cut off part-way: each counts as a failed
    /// attempt and is tried again like any other, so the run completes after a restart. Only where one host owns the
    /// data (SQLite); on PostgreSQL another host may still be running it.
    /// </summary>
    internal async Task<int> RetryInterruptedAsync(CancellationToken ct)
    {
        var db = dbAccessor.Db;
        var interrupted = await db.Runs.Where(r => r.Outcome == CheckRunOutcome.Running).ToListAsync(ct);
        foreach (var run in interrupted)
        {
            await RecordFailure(db, run, "HostStopped", "运行中主机停止，本次中断。The host stopped during the run.");
        }

        return interrupted.Count;
    }

    /// <summary>Records the failed attempt, then schedules the next one, or, when none is left, records the run as failed.</summary>
    private async Task<CheckRun> RecordFailure(ChecksDbContext db, CheckRun run, string errorKind, string message)
    {
        var attempt = await db.Failures.CountAsync(f => f.RunId == run.Id, CancellationToken.None) + 1;
        var error = message.Length > 4000 ? message[..4000] : message;
        db.Failures.Add(new CheckRunFailure { Id = Guid.NewGuid(), RunId = run.Id, Attempt = attempt, FailedAt = time.GetUtcNow(), Error = error });
        run.Error = error;
        if (retries.DelayAfter(attempt) is not { } delay)
        {
            return await Finish(db, run, CheckRunOutcome.Failed, $"第 {attempt} 次运行出错，不再重试：{errorKind}。Attempt {attempt} failed; no retries left.");
        }

        run.Outcome = CheckRunOutcome.Retrying;
        run.Summary = $"第 {attempt} 次运行出错，{delay.TotalSeconds:0} 秒后重试：{errorKind}。Attempt {attempt} failed; retrying in {delay.TotalSeconds:0} s.";
        await db.SaveChangesAsync(CancellationToken.None);
        var (checkId, runId) = (run.CheckId, run.Id);
        jobs.Schedule<CheckJob>(job => job.RunQueued(checkId, runId, null), delay);
        return run;
    }

    private async Task<CheckRun> FindOrCreateRun(
        ChecksDbContext db, string checkId, string moduleId, Guid? runId, string? jobId, CheckTrigger trigger, CancellationToken ct)
    {
        var run = runId is { } id
            ? await db.Runs.FirstOrDefaultAsync(r => r.Id == id, ct)
            : jobId is null ? null : await db.Runs.FirstOrDefaultAsync(r => r.JobId == jobId, ct);
        if (run is not null)
        {
            return run;
        }

        run = new CheckRun
        {
            Id = runId ?? Guid.NewGuid(), CheckId = checkId, ModuleId = moduleId, Trigger = trigger, JobId = jobId,
            QueuedAt = time.GetUtcNow(), Outcome = CheckRunOutcome.Queued, RequestedBy = trigger == CheckTrigger.Schedule ? "schedule" : null,
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    private async Task<CheckRun> Finish(ChecksDbContext db, CheckRun run, CheckRunOutcome outcome, string summary)
    {
        run.Outcome = outcome;
        run.FinishedAt = time.GetUtcNow();
        run.StartedAt ??= run.FinishedAt;
        run.Summary = summary.Length > 1000 ? summary[..1000] : summary;
        // The outcome is recorded even when the caller has given up waiting.
        await db.SaveChangesAsync(CancellationToken.None);
        return run;
    }
}
