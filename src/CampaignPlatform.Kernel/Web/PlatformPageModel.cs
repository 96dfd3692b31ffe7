using CampaignPlatform.Kernel.Errors;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CampaignPlatform.Kernel.Web;

/// <summary>
/// A module page that sends the same MediatR requests as the API, so role rules, data scope, module enablement and
/// validation apply unchanged. What the API would answer 400 or 409 the page shows beside the fields or on top, with
/// the same status code (so a refused form is not mistaken for a change, e.g. by the audit log).
/// </summary>
public abstract class PlatformPageModel(IMediator mediator) : PageModel
{
    protected IMediator Mediator { get; } = mediator;

    /// <summary>A message on top of the page after a request was refused (a conflict, a module that is off).</summary>
    public string? Refusal { get; private set; }

    protected void ShowRefusal(string message) => Refusal = message;

    /// <summary>
    /// Sends a request a form made and hands the answer to <paramref name="onSent"/>; validation failures land in the
    /// model state under <paramref name="fieldPrefix"/> + property name, refusals in <see cref="Refusal"/>. Returns
    /// false when the request was not carried out.
    /// </summary>
    protected async Task<bool> TrySendAsync<TResponse>(IRequest<TResponse> request, Action<TResponse>? onSent = null, string fieldPrefix = "")
    {
        try
        {
            var response = await Mediator.Send(request, HttpContext.RequestAborted);
            onSent?.Invoke(response);
            return true;
        }
        catch (ValidationException e)
        {
            foreach (var failure in e.Errors)
            {
                ModelState.AddModelError(fieldPrefix + failure.PropertyName, failure.ErrorMessage);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (PlatformException e) when (e is ConflictException or ModuleDisabledException or ForbiddenException or NotFoundException)
        {
            ShowRefusal(e.Message);
            Response.StatusCode = e switch
            {
                ConflictException => StatusCodes.Status409Conflict,
                NotFoundException => StatusCodes.Status404NotFound,
                _ => StatusCodes.Status403Forbidden,
            };
        }

        return false;
    }
}
