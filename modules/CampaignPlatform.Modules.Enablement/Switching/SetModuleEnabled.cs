using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Enablement.Data;
using CampaignPlatform.Modules.Enablement.Enforcement;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enablement.Switching;

/// <summary>
/// Switches a module on or off in a township. Switching on also switches on the modules it depends on
/// (each change recorded); switching off is refused while an enabled module there depends on it.
/// </summary>
[Allow(ActorRole.CityAdministrator)]
internal sealed record SetModuleEnabled(bool? Enabled, string? Reason) : IRequest<Unit>
{
    [JsonIgnore]
    public Guid TownshipId { get; init; }

    [JsonIgnore]
    public string ModuleId { get; init; } = "";
}

internal sealed class SetModuleEnabledValidator : AbstractValidator<SetModuleEnabled>
{
    public SetModuleEnabledValidator()
    {
        RuleFor(c => c.Enabled).NotNull().WithMessage("请说明启用（true）还是停用（false）。'enabled' must be true or false.");
        RuleFor(c => c.Reason).MaximumLength(500);
    }
}

internal sealed class SetModuleEnabledHandler(
    EnablementDbContext db, IModuleCatalog catalog, EnablementCache cache, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<SetModuleEnabled, Unit>
{
    public async Task<Unit> Handle(SetModuleEnabled request, CancellationToken cancellationToken)
    {
        var township = await mediator.Send(new FindTownship(request.TownshipId), cancellationToken)
                       ?? throw new NotFoundException("Township", request.TownshipId);
        var module = catalog.Find(request.ModuleId) ?? throw new NotFoundException("Module", request.ModuleId);
        var enable = request.Enabled!.Value;
        if (module.IsCore)
        {
            if (enable)
            {
                return Unit.Value; // already on, always
            }

            throw new ConflictException($"“{module.NameZh}”是核心模块，不能停用。'{module.Id}' is a core module and is always on.")
                .With("moduleId", module.Id);
        }

        if (township.Retired)
        {
            throw new ConflictException($"乡镇“{township.Name}”已撤销。The township is retired.").With("townshipId", township.Id);
        }

        var changes = enable
            ? await WithDependencies(module, township.Id, cancellationToken)
            : await RefuseIfDepended(module, township, cancellationToken);
        foreach (var target in changes)
        {
            await Record(target, township.Id, enable, request.Reason, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return Unit.Value;
    }

    /// <summary>The module and every not-yet-enabled module it needs, dependencies first.</summary>
    private async Task<List<ModuleManifest>> WithDependencies(ModuleManifest module, Guid townshipId, CancellationToken ct)
    {
        var needed = new List<ModuleManifest>();
        var seen = new HashSet<string>();
        async Task Visit(ModuleManifest m)
        {
            if (!seen.Add(m.Id))
            {
                return;
            }

            foreach (var dependency in m.DependsOn.Select(catalog.Find).OfType<ModuleManifest>())
            {
                await Visit(dependency);
            }

            if (!m.IsCore && (m == module || !await cache.IsEnabledAsync(m, townshipId, ct)))
            {
                needed.Add(m);
            }
        }

        await Visit(module);
        return needed;
    }

    private async Task<List<ModuleManifest>> RefuseIfDepended(ModuleManifest module, TownshipInfo township, CancellationToken ct)
    {
        foreach (var dependant in catalog.Modules.Where(m => m.DependsOn.Contains(module.Id)))
        {
            if (await cache.IsEnabledAsync(dependant, township.Id, ct))
            {
                throw new ConflictException(
                        $"“{dependant.NameZh}”（{dependant.Id}）依赖“{module.NameZh}”，请先停用它。" +
                        $"Module '{dependant.Id}' is enabled in {township.Name} and depends on '{module.Id}'; switch it off first.")
                    .With("moduleId", module.Id)
                    .With("dependantModuleId", dependant.Id);
            }
        }

        return [module];
    }

    private async Task Record(ModuleManifest module, Guid townshipId, bool enable, string? reason, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var old = await cache.IsEnabledAsync(module, townshipId, ct);
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.TownshipId == townshipId && s.ModuleId == module.Id, ct);
        if (setting is null)
        {
            setting = new ModuleSetting { TownshipId = townshipId, ModuleId = module.Id, ChangedBy = actor.Name };
            db.Settings.Add(setting);
        }
        else
        {
            setting.Version++;
        }

        if (old == enable && setting.Enabled == enable && db.Entry(setting).State != EntityState.Added)
        {
            return; // no change, nothing to record
        }

        setting.Enabled = enable;
        setting.ChangedAt = now;
        setting.ChangedBy = actor.Name;
        db.Changes.Add(new ModuleSettingChange
        {
            TownshipId = townshipId, ModuleId = module.Id, OldEnabled = old, NewEnabled = enable,
            ChangedAt = now, ChangedBy = actor.Name, Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        });
    }
}
