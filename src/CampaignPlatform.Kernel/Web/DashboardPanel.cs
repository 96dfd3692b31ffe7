using CampaignPlatform.Kernel.Access;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Kernel.Web;

/// <summary>
/// A panel a module adds to the home page (the dashboard): a view component in the module's assembly that the host
/// invokes inside a titled card. Like a menu entry, the panel is shown to whoever may send the request it is built on,
/// and, for people of one township, only where the module is on.
/// </summary>
/// <param name="Component">The view component that renders the panel's body.</param>
/// <param name="Order">Where the panel stands on the page, smallest first (ties by module order).</param>
/// <param name="Roles">The roles besides city administrators that see the panel; null means every signed-in account.</param>
public sealed record DashboardPanel(Type Component, int Order, string TitleZh, string TitleEn, IReadOnlyList<ActorRole>? Roles)
{
    /// <summary>A panel rendered by <typeparamref name="TComponent"/>, seen by whoever may send <typeparamref name="TRequest"/>.</summary>
    public static DashboardPanel For<TRequest, TComponent>(int order, string titleZh, string titleEn)
        where TComponent : ViewComponent =>
        new(typeof(TComponent), order, titleZh, titleEn, AccessRules.RolesOf(typeof(TRequest)));

    public bool IsVisibleTo(ActorRole role) => AccessRules.Allows(Roles, role);

    public string Title => UiText.Pick(TitleZh, TitleEn);
}
