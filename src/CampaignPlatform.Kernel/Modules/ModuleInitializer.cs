namespace CampaignPlatform.Kernel.Modules;

/// <summary>
/// Work a module does at start-up after its tables exist, such as seeding the demo city.
/// Run in dependency order (a module after the modules it depends on), each in its own DI scope.
/// Register implementations with <c>services.AddScoped&lt;IModuleInitializer, …&gt;()</c>.
/// </summary>
public interface IModuleInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Whether it runs at every start (the default) or only when the host prepares the database
    /// (<see cref="InitializerRuns.WhenPreparing"/>).
    /// </summary>
    InitializerRuns Runs => InitializerRuns.EveryStart;

    /// <summary>
    /// For <see cref="InitializerRuns.WhenPreparing"/>: the configuration sections (or keys) it reads.
    /// A change in any of them between two starts makes the host prepare the database again, so it runs with the new values.
    /// </summary>
    IReadOnlyList<string> ReadsConfiguration => [];
}

/// <summary>When the host runs an <see cref="IModuleInitializer"/>.</summary>
public enum InitializerRuns
{
    /// <summary>At every start, before the host serves: for work that depends on what happened since the last start.</summary>
    EveryStart,

    /// <summary>
    /// Only when the host prepares the database: on new data, on data another version of the host or of any module
    /// last prepared (a restored backup included), or when configuration it reads changed. Otherwise the host skips it,
    /// so it must leave nothing that later requests would undo: seeds into empty tables, back-fills of a summary that
    /// every write keeps afterwards.
    /// </summary>
    WhenPreparing,
}
