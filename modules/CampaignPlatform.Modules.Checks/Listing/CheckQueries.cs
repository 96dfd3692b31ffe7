using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Checks.Data;
using CampaignPlatform.Modules.Checks.Scheduling;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Checks.Listing;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetChecks : IRequest<IReadOnlyList<CheckDto>>;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetCheckRuns(string? CheckId, int? Take) : IRequest<IReadOnlyList<CheckRunDto>>;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetCheckRun(Guid RunId) : IRequest<CheckRunDto>;

internal sealed class GetCheckRunsValidator : AbstractValidator<GetCheckRuns>
{
    public GetCheckRunsValidator() => RuleFor(q => q.Take).InclusiveBetween(1, 500);
}

internal sealed class CheckQueryHandlers(ChecksDbContext db, IModuleCatalog catalog, CheckSchedules schedules, TimeProvider time) :
    IRequestHandler<GetChecks, IReadOnlyList<CheckDto>>,
    IRequestHandler<GetCheckRuns, IReadOnlyList<CheckRunDto>>,
    IRequestHandler<GetCheckRun, CheckRunDto>
{
    public async Task<IReadOnlyList<CheckDto>> Handle(GetChecks request, CancellationToken cancellationToken)
    {
        var ids = catalog.Checks.Select(c => c.Check.Id).ToList();
        // The newest run per check, in one query.
        var lastRuns = (await db.Runs.AsNoTracking()
                .Where(r => ids.Contains(r.CheckId))
                .Where(r => r.QueuedAt == db.Runs.Where(x => x.CheckId == r.CheckId).Max(x => x.QueuedAt))
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.CheckId)
            .ToDictionary(g => g.Key, g => g.First());
        var failures = await FailuresOf(lastRuns.Values, cancellationToken);
        var now = time.GetUtcNow();
        return catalog.Checks.Select(c => new CheckDto(
                c.Check.Id, c.Module.Id, c.Module.NameZh, c.Check.NameZh, c.Check.Description, schedules.CronOf(c.Check), CityClock.Zone.Id,
                CheckSchedules.Parse(schedules.CronOf(c.Check)).GetNextOccurrence(now, CityClock.Zone),
                lastRuns.TryGetValue(c.Check.Id, out var last) ? CheckRunDto.From(last, failures) : null))
            .ToList();
    }

    public async Task<IReadOnlyList<CheckRunDto>> Handle(GetCheckRuns request, CancellationToken cancellationToken)
    {
        if (request.CheckId is { Length: > 0 } checkId && catalog.Checks.All(c => c.Check.Id != checkId))
        {
            throw new NotFoundException("Check", checkId);
        }

        var runs = await db.Runs.AsNoTracking()
            .Where(r => request.CheckId == null || request.CheckId == "" || r.CheckId == request.CheckId)
            .OrderByDescending(r => r.QueuedAt)
            .Take(request.Take ?? 50)
            .ToListAsync(cancellationToken);
        var failures = await FailuresOf(runs, cancellationToken);
        return runs.Select(r => CheckRunDto.From(r, failures)).ToList();
    }

    public async Task<CheckRunDto> Handle(GetCheckRun request, CancellationToken cancellationToken)
    {
        var run = await db.Runs.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.RunId, cancellationToken)
                  ?? throw new NotFoundException("Check run", request.RunId);
        return CheckRunDto.From(run, await FailuresOf([run], cancellationToken));
    }

    /// <summary>The failed attempts of the runs shown, in one query.</summary>
    private async Task<List<CheckRunFailure>> FailuresOf(IEnumerable<CheckRun> runs, CancellationToken ct)
    {
        var ids = runs.Select(r => r.Id).ToList();
        return await db.Failures.AsNoTracking().Where(f => ids.Contains(f.RunId)).ToListAsync(ct);
    }
}
