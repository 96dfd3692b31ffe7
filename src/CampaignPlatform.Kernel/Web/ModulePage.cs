using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Kernel.Web;

/// <summary>
/// One entry of the web UI's menu that a module contributes. The page itself is a Razor Page in the module's assembly;
/// the host finds it there. Who sees the entry follows the access rules of the request the page is built on, so the
/// menu and the API never disagree about who may do what.
/// </summary>
/// <param name="Path">Where the page answers, e.g. <c>/modules</c>.</param>
/// <param name="Roles">The roles besides city administrators that see the entry; null means every signed-in account.</param>
public sealed record ModulePage(string Path, string TitleZh, string TitleEn, IReadOnlyList<ActorRole>? Roles)
{
    /// <summary>An entry seen by whoever may send <typeparamref name="TRequest"/> (its <see cref="AllowAttribute"/>).</summary>
    public static ModulePage For<TRequest>(string path, string titleZh, string titleEn) =>
        new(path, titleZh, titleEn, AccessRules.RolesOf(typeof(TRequest)));

    public bool IsVisibleTo(ActorRole role) => AccessRules.Allows(Roles, role);

    public string Title => UiText.Pick(TitleZh, TitleEn);
}
