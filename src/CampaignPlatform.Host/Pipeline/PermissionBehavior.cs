using System.Reflection;
using CampaignPlatform.Host.Access;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Townships;
using MediatR;

namespace CampaignPlatform.Host.Pipeline;

/// <summary>
/// The one place where "who may send this" is enforced. The request an endpoint sends must carry an access attribute
/// (<see cref="AllowAttribute"/>, <see cref="AllowSignedInAttribute"/>, <see cref="AllowPublicAttribute"/>) that
/// admits the actor's role — 401 without an account, 403 with the wrong role — and a township- or village-scoped
/// request must lie inside the actor's scope, else 404 (another township's records do not exist for them). Requests
/// sent while handling another (kernel queries, notifications) and background jobs are not checked again; what they
/// read is still narrowed by the data filters.
/// </summary>
[PipelineStage(PipelineStages.Permission)]
internal sealed class PermissionBehavior<TRequest, TResponse>(
    ICurrentActor actor, IDataScope scope, RequestNesting nesting, IMediator mediator, IHttpContextAccessor httpContext)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        // The kernel's own queries are asked by modules and by the host (which account is this?), never by an endpoint.
        if (typeof(TRequest).Assembly == KernelAssembly)
        {
            return await next();
        }

        using var level = nesting.Enter();
        if (!level.IsOutermost || actor.IsSystem)
        {
            return await next();
        }

        if (typeof(TRequest).GetCustomAttribute<AllowPublicAttribute>() is not null)
        {
            // The public intake works the same for a signed-in officer using the public page: over all records,
            // showing only their public face.
            httpContext.HttpContext!.Items[HttpDataScope.PublicRequestKey] = true;
            try
            {
                return await next();
            }
            finally
            {
                httpContext.HttpContext!.Items.Remove(HttpDataScope.PublicRequestKey);
            }
        }

        EnsureRoleAllowed(typeof(TRequest));
        if (request is ITownshipScoped township && !scope.AllTownships && !scope.TownshipIds.Contains(township.TownshipId))
        {
            throw new NotFoundException("Township", township.TownshipId);
        }

        if (request is IVillageScoped village)
        {
            await EnsureVillageInScopeAsync(village.VillageId, cancellationToken);
        }

        return await next();
    }

    private static readonly Assembly KernelAssembly = typeof(ICurrentActor).Assembly;

    private void EnsureRoleAllowed(Type requestType)
    {
        var account = actor.Account ?? throw new UnauthorizedException("请先登录。Sign in first.");
        var allowed = account.Role == ActorRole.CityAdministrator
                      || requestType.GetCustomAttribute<AllowSignedInAttribute>() is not null
                      || requestType.GetCustomAttribute<AllowAttribute>()?.Roles.Contains(account.Role) == true;
        if (!allowed)
        {
            throw new ForbiddenException($"“{ActorRoleLabels.Of(account.Role)}”无权执行此操作。The role {account.Role} may not do this.");
        }
    }

    private async Task EnsureVillageInScopeAsync(Guid villageId, CancellationToken ct)
    {
        if (!scope.AllVillages && !scope.VillageIds.Contains(villageId))
        {
            throw new NotFoundException("Village", villageId);
        }

        // The organisation's village records are narrowed to the actor's township: another township's village is not found.
        if (!scope.AllTownships && await mediator.Send(new FindVillage(villageId), ct) is null)
        {
            throw new NotFoundException("Village", villageId);
        }
    }
}

/// <summary>How deep the current scope is in requests: only the outermost (an endpoint's) is checked for permission.</summary>
internal sealed class RequestNesting
{
    private int _depth;

    public Level Enter() => new(this, Interlocked.Increment(ref _depth) == 1);

    public readonly struct Level(RequestNesting nesting, bool outermost) : IDisposable
    {
        public bool IsOutermost { get; } = outermost;

        public void Dispose() => Interlocked.Decrement(ref nesting._depth);
    }
}
