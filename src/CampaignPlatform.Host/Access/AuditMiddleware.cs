using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;
using MediatR;

namespace CampaignPlatform.Host.Access;

/// <summary>
/// Reports every successful change made through the API or a form of the web UI — who, when, which operation, which
/// record — to the audit log, in one place rather than in every handler. Reads are not audited; sign-ins are audited by the accounts module.
/// </summary>
internal sealed class AuditMiddleware(RequestDelegate next, ILogger<AuditMiddleware> logger)
{
    private static readonly string[] UnauditedPagePosts = ["/sign-in", "/sign-out", "/language"];

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
            || context.Response.StatusCode >= 400)
        {
            return;
        }

        // A form of the web UI changes the same records as the API, so its posts are audited too (but not signing in
        // or out, which the accounts module audits, nor picking a language). A refused form answers 400/403/404/409
        // with its messages (see PlatformPageModel), so only changes that happened are recorded.
        var actor = context.RequestServices.GetRequiredService<ICurrentActor>();
        var api = context.Request.Path.StartsWithSegments("/api");
        if ((api && context.Request.Path.StartsWithSegments("/api/auth"))
            || (!api && (actor.Account is null || UnauditedPagePosts.Any(p => context.Request.Path.StartsWithSegments(p)))))
        {
            return;
        }

        // Page routes come without their leading slash; API routes with it.
        var pattern = "/" + ((context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value)?.TrimStart('/');
        var location = context.Response.Headers.Location.ToString();
        // A page redirects to where the person goes next, not to the record changed: its address says what was changed.
        var target = api && location.Length > 0 ? location : context.Request.Path.Value + (api ? "" : context.Request.QueryString.Value);
        try
        {
            await context.RequestServices.GetRequiredService<IMediator>().Publish(new AuditRecorded(
                context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), actor.Account?.Id, actor.Name,
                $"{context.Request.Method} {pattern}", target, context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
                context.Connection.RemoteIpAddress?.ToString()));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change itself is saved and answered; a lost audit line is logged rather than turned into an error.
            logger.LogError(e, "Could not audit {Method} {Path}", context.Request.Method, context.Request.Path);
        }
    }
}
