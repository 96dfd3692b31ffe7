using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Web;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Accounts.Pages;

/// <summary>The web UI's sign-in: the same <see cref="SignIn.SignIn"/> request as the API (throttled, audited), then the cookie.</summary>
[AllowAnonymous]
public sealed class SignInModel(IMediator mediator) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "local";
        try
        {
            var principal = await Mediator.Send(new SignIn.SignIn(UserName, Password, client, AuthSchemes.Cookie), HttpContext.RequestAborted);
            await HttpContext.SignInAsync(AuthSchemes.Cookie, principal, new AuthenticationProperties { IsPersistent = false });
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        catch (FluentValidation.ValidationException e)
        {
            foreach (var failure in e.Errors)
            {
                ModelState.AddModelError(failure.PropertyName, failure.ErrorMessage);
            }
        }
        catch (PlatformException e) when (e is UnauthorizedException or TooManyRequestsException)
        {
            ShowRefusal(e.Message);
        }

        Password = null;
        return Page();
    }
}
