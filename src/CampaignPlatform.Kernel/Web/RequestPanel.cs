using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Kernel.Web;

/// <summary>
/// A dashboard panel that shows the answer to one request: it sends <see cref="Query"/> (so role rules, data scope and
/// validation apply as in the API) and renders the answer with the view <c>/Dashboard/{class name}.cshtml</c> of the
/// module's assembly.
/// </summary>
public abstract class RequestPanel<TResponse>(IMediator mediator) : ViewComponent
{
    protected abstract IRequest<TResponse> Query();

    public async Task<IViewComponentResult> InvokeAsync() =>
        View($"/Dashboard/{GetType().Name}.cshtml", await mediator.Send(Query(), HttpContext.RequestAborted));
}
