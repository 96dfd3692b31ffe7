namespace CampaignPlatform.Modules.Checks.Data;

public enum CheckTrigger
{
    Schedule,
    OnDemand,
}

public enum CheckRunOutcome
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Skipped,

    /// <summary>An attempt failed and another is scheduled (see <c>Checks:RetryDelays</c>).</summary>
    Retrying,
}

/// <summary>One run of a recurring check: when, over how many townships, how many items, and how it ended.</summary>
internal sealed class CheckRun
{
    public Guid Id { get; set; }
    public required string CheckId { get; set; }
    public required string ModuleId { get; set; }
    public CheckTrigger Trigger { get; set; }
    public string? RequestedBy { get; set; }

    /// <summary>The Hangfire job carrying the run: a job Hangfire runs again after a crash finds its run again.</summary>
    public string? JobId { get; set; }

    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int TownshipsCovered { get; set; }
    public int ItemsProcessed { get; set; }
    public int ItemsCreated { get; set; }
    public CheckRunOutcome Outcome { get; set; }
    public string? Summary { get; set; }
    public string? Error { get; set; }
}

/// <summary>One failed attempt of a run: which attempt, when, and the error, kept when a later attempt succeeds.</summary>
internal sealed class CheckRunFailure
{
    public Guid Id { get; set; }
    public Guid RunId { get; set; }
    public int Attempt { get; set; }
    public DateTimeOffset FailedAt { get; set; }
    public required string Error { get; set; }
}
