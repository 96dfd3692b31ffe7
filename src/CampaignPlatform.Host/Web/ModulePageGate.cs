using System.Reflection;
using CampaignPlatform.Host.Composition;
using CampaignPlatform.Kernel.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CampaignPlatform.Host.Web;

/// <summary>
/// A module's page opens only for those who see it in their menu: a page typed into the address bar of a module that
/// is off in the person's township, or one their role may not use, is refused like the API would refuse it.
/// </summary>
internal sealed class ModulePageGate(ModuleCatalog catalog, ICurrentActor actor, NavigationMenu menu) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var page = context.HandlerInstance.GetType();
        var owner = catalog.Loaded.FirstOrDefault(m => m.Assembly == page.Assembly);
        // A public page (the citizens' report form) is open to everyone, signed in or not; its request decides the rest.
        if (owner is not null && actor.Account is { } account && page.GetCustomAttribute<AllowAnonymousAttribute>() is null)
        {
            var path = context.HttpContext.Request.Path;
            // A page under a declared entry (its forms, its confirmations) follows the entry's roles.
            var declared = owner.Module.Pages
                .Where(p => path.StartsWithSegments(p.Path, StringComparison.OrdinalIgnoreCase))
                .MaxBy(p => p.Path.Length);
            if ((declared is not null && !declared.IsVisibleTo(account.Role))
                || !await menu.IsOnForAsync(owner.Manifest, account, context.HttpContext.RequestAborted))
            {
                context.Result = new ForbidResult();
                return;
            }
        }

        await next();
    }
}
