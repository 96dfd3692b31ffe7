using CampaignPlatform.Kernel.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CampaignPlatform.Modules.Accounts.Pages;

/// <summary>Drops the sign-in cookie (a form post, so no other site can sign people out with a link).</summary>
[AllowAnonymous]
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/sign-in");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AuthSchemes.Cookie);
        return LocalRedirect("/sign-in");
    }
}
