using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>The signed-in account, or null on a public page.</summary>
    protected AccountInfo? Account => HttpContext.RequestServices.GetRequiredService<ICurrentActor>().Account;

    /// <summary>Whether the signed-in person may send <typeparamref name="TRequest"/>: forms and buttons show only then.</summary>
    public bool MaySend<TRequest>() => Account is { } account && AccessRules.MaySend<TRequest>(account.Role);

    /// <summary>The townships the person may pick in a filter: their own, or every one for city roles and unit officers.</summary>
    public IReadOnlyList<TownshipInfo> Townships { get; private set; } = [];

    /// <summary>
    /// Fills <see cref="Townships"/> and answers the township to show: the one asked for when it may be picked, else
    /// the first (a township officer's or grid worker's own).
    /// </summary>
    protected async Task<Guid?> PickTownshipAsync(Guid? wanted)
    {
        var all = await Mediator.Send(new ListTownships(), HttpContext.RequestAborted);
        Townships = Account?.TownshipId is { } own ? all.Where(t => t.Id == own).ToList() : all;
        return Townships.Any(t => t.Id == wanted) ? wanted : Townships.Count > 0 ? Townships[0].Id : null;
    }

    /// <summary>
    /// Like <see cref="PickTownshipAsync"/> for lists that also hold city-wide records: whoever may pick among townships
    /// gets none (every township and the city) until they pick one; a township's people get their own.
    /// </summary>
    protected async Task<Guid?> PickTownshipOrAllAsync(Guid? wanted)
    {
        var picked = await PickTownshipAsync(wanted);
        return wanted is null && Townships.Count > 1 ? null : picked;
    }

    /// <summary>
    /// Sends a request a form made and hands the answer to <paramref name="onSent"/>; validation failures land in the
    /// model state under <paramref name="fieldPrefix"/> + property name, refusals in <see cref="Refusal"/>. Returns
    /// false when the request was not carried out.
    /// </summary>
    protected Task<bool> TrySendAsync<TResponse>(IRequest<TResponse> request, Action<TResponse>? onSent = null, string fieldPrefix = "") =>
        TryAsync(async ct =>
        {
            var response = await Mediator.Send(request, ct);
            onSent?.Invoke(response);
        }, fieldPrefix);

    /// <summary>The page again after a refused form, reloaded by <paramref name="load"/>, with the status of the refusal.</summary>
    protected async Task<IActionResult> PageAgainAsync(Func<Task> load)
    {
        var status = Response.StatusCode;
        await load();
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>
    /// Runs <paramref name="action"/> (which sends requests) and shows what the API would answer 400, 403, 404 or 409
    /// the way <see cref="TrySendAsync{TResponse}"/> does. Returns false when it was not carried out.
    /// </summary>
    protected async Task<bool> TryAsync(Func<CancellationToken, Task> action, string fieldPrefix = "")
    {
        try
        {
            await action(HttpContext.RequestAborted);
            return true;
        }
        catch (ValidationException e)
        {
            foreach (var failure in e.Errors)
            {
                ModelState.AddModelError(fieldPrefix + failure.PropertyName, BesideTheField(failure));
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

    /// <summary>
    /// A message shown beside its field need not name the field: FluentValidation's stock messages ("'Category' 不能为Null。")
    /// lose the quoted name, and "must not be null/empty" becomes plain "必填". Messages a validator wrote itself stay.
    /// </summary>
    public static string BesideTheField(ValidationFailure failure)
    {
        var name = failure.FormattedMessagePlaceholderValues?.TryGetValue("PropertyName", out var value) == true ? value as string : null;
        var quoted = name is null ? null : $"'{name}'";
        if (quoted is null || !failure.ErrorMessage.StartsWith(quoted, StringComparison.Ordinal))
        {
            return failure.ErrorMessage;
        }

        return failure.ErrorCode is "NotNullValidator" or "NotEmptyValidator"
            ? UiText.Pick("必填。", "Required.")
            : failure.ErrorMessage[quoted.Length..].TrimStart();
    }
}
