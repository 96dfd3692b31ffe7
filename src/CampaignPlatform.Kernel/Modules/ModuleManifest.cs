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

    /// <summary>The table prefix on SQLite and the schema on PostgreSQL, derived from the id.</summary>
    public string StorageName => Id.Replace('-', '_');
}
