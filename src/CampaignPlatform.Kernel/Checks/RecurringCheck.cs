using MediatR;

namespace CampaignPlatform.Kernel.Checks;

/// <summary>
/// A recurring check a module declares. The host registers it with Hangfire under <see cref="Id"/>, runs it on
/// <see cref="Cron"/> in China Standard Time, records every run, and passes in only the townships where the
/// declaring module is on.
/// </summary>
/// <param name="Id">Stable id, <c>{module-id}.{name}</c>, e.g. <c>hygiene.disinfection-compliance</c>.</param>
/// <param name="Cron">Five-field cron expression, evaluated in China Standard Time.</param>
/// <param name="NameZh">What the check is called in the UI.</param>
/// <param name="Description">What the check does, in one line.</param>
/// <param name="CreateRequest">Builds the MediatR request that does the work for one run.</param>
public sealed record RecurringCheck(
    string Id,
    string Cron,
    string NameZh,
    string Description,
    Func<CheckRunContext, CheckRequest> CreateRequest)
{
    public static RecurringCheck Create<TRequest>(string id, string cron, string nameZh, string description)
        where TRequest : CheckRequest, new()
        => new(id, cron, nameZh, description, context => new TRequest { Run = context });
}

/// <summary>One run of a check: background work has no ambient township, so the townships are passed in.</summary>
/// <param name="RunId">The recorded run.</param>
/// <param name="CheckId">The check being run.</param>
/// <param name="Townships">Active townships where the check's module is on; the check touches nothing else.</param>
/// <param name="StartedAt">When the run started; "today" and "yesterday" are derived from it, not from the wall clock.</param>
public sealed record CheckRunContext(Guid RunId, string CheckId, IReadOnlyList<Guid> Townships, DateTimeOffset StartedAt);

/// <summary>The request a check sends through MediatR; its handler does the set-based work and must be safe to repeat.</summary>
public abstract record CheckRequest : IRequest<CheckOutcome>
{
    /// <summary>Set by the host when it starts the run (not <c>required</c>, so checks can be created with <c>new()</c>).</summary>
    public CheckRunContext Run { get; init; } = null!;
}

/// <summary>What a run did: how many items it processed (looked at) and created, and one line for the record.</summary>
public sealed record CheckOutcome(int ItemsProcessed, int ItemsCreated, string Summary);
