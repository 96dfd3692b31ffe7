using CampaignPlatform.Modules.Checks.Data;

namespace CampaignPlatform.Modules.Checks.Listing;

public sealed record CheckRunDto(
    Guid Id, string CheckId, string ModuleId, CheckTrigger Trigger, string? RequestedBy, CheckRunOutcome Outcome,
    DateTimeOffset QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt,
    int TownshipsCovered, int ItemsProcessed, int ItemsCreated, string? Summary, string? Error, IReadOnlyList<CheckRunFailureDto> Failures)
{
    /// <summary>Attempts made so far: the failed ones, and the one that ended the run otherwise.</summary>
    public int Attempts => Failures.Count + (Outcome is CheckRunOutcome.Succeeded or CheckRunOutcome.Skipped or CheckRunOutcome.Running ? 1 : 0);

    internal static CheckRunDto From(CheckRun r, IEnumerable<CheckRunFailure> failures) => new(
        r.Id, r.CheckId, r.ModuleId, r.Trigger, r.RequestedBy, r.Outcome, r.QueuedAt, r.StartedAt, r.FinishedAt,
        r.TownshipsCovered, r.ItemsProcessed, r.ItemsCreated, r.Summary, r.Error,
        failures.Where(f => f.RunId == r.Id).OrderBy(f => f.Attempt).Select(f => new CheckRunFailureDto(f.Attempt, f.FailedAt, f.Error)).ToList());
}

/// <summary>A failed attempt of a run, shown on the runs page.</summary>
public sealed record CheckRunFailureDto(int Attempt, DateTimeOffset FailedAt, string Error);

public sealed record CheckDto(
    string Id, string ModuleId, string ModuleNameZh, string NameZh, string Description, string Cron, string TimeZone,
    DateTimeOffset? NextRunAt, CheckRunDto? LastRun);

public sealed record RunQueuedDto(Guid RunId, string CheckId);
