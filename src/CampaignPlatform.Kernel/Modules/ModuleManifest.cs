using System.Text.RegularExpressions;

namespace CampaignPlatform.Kernel.Modules;

/// <summary>What a module says about itself: identity, names, version and what it needs.</summary>
/// <param name="Id">Stable kebab-case id; also the API prefix <c>/api/{id}</c> and the table prefix.</param>
/// <param name="NameZh">Name shown to users (简体中文).</param>
/// <param name="NameEn">English name.</param>
/// <param name="Version">The module's own version.</param>
/// <param name="Description">One line on what the module does.</param>
/// <param name="DependsOn">Ids of modules that must be installed (and enabled in a township) for this one to work.</param>
/// <param name="IsCore">Core modules are always on everywhere and cannot be switched off.</param>
public sealed partial record ModuleManifest(
    string Id,
    string NameZh,
    string NameEn,
    string Version,
    string Description,
    IReadOnlyList<string> DependsOn,
    bool IsCore = false)
{
    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>Where the demo city has the module switched on; off everywhere unless the module says otherwise.</summary>
    public DemoCitySwitch DemoCity { get; init; }

    /// <summary>Demo-city townships (by name) that have not started this campaign yet, though <see cref="DemoCity"/> covers them.</summary>
    public IReadOnlyList<string> DemoCityNotStartedIn { get; init; } = [];

    /// <summary>The table prefix on SQLite and the schema on PostgreSQL, derived from the id.</summary>
    public string StorageName => Id.Replace('-', '_');
}

/// <summary>Where the demo city switches a campaign module on, as an office starting out would.</summary>
public enum DemoCitySwitch
{
    Off,
    Everywhere,

    /// <summary>In the townships outside the built-up area (rural work).</summary>
    OutsideBuiltUpArea,
}
