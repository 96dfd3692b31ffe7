using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Accounts.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Accounts.Management;

/// <summary>A role with the scope it needs: a township officer one township, a grid worker grids, a unit officer a unit.</summary>
internal interface IScopedRole
{
    ActorRole? Role { get; }
    Guid? TownshipId { get; }
    IReadOnlyList<Guid>? GridIds { get; }
    Guid? UnitId { get; }
}

internal static class AccountRules
{
    public const int MaxGrids = 20;

    /// <summary>At least 8 characters with a letter and a digit; no more than 128.</summary>
    public static IRuleBuilderOptions<T, string?> StrongPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MinimumLength(8).MaximumLength(128)
            .Must(p => p is null || (p.Any(char.IsLetter) && p.Any(char.IsDigit)))
            .WithMessage("密码至少8位，且须包含字母和数字。The password needs at least 8 characters with letters and digits.");

    /// <summary>The shape of a role's scope: what it needs and what it must not have.</summary>
    public static void ScopeShape<T>(this AbstractValidator<T> validator) where T : IScopedRole
    {
        validator.RuleFor(r => r.Role).NotNull().IsInEnum();
        validator.RuleFor(r => r.TownshipId).NotEmpty().When(r => r.Role == ActorRole.TownshipOfficer)
            .WithMessage("乡镇干部须指定乡镇。A township officer needs a township.");
        validator.RuleFor(r => r.GridIds).NotEmpty().When(r => r.Role == ActorRole.GridWorker)
            .WithMessage("网格员须指定网格。A grid worker needs at least one grid.");
        validator.RuleFor(r => r.GridIds!.Count).LessThanOrEqualTo(MaxGrids).When(r => r.GridIds is not null).OverridePropertyName("gridIds");
        validator.RuleFor(r => r.UnitId).NotEmpty().When(r => r.Role == ActorRole.UnitOfficer)
            .WithMessage("责任单位干部须指定单位。A unit officer needs a unit.");
        validator.RuleFor(r => r.TownshipId).Null().When(r => r.Role is ActorRole.CityAdministrator or ActorRole.CitySupervisor or ActorRole.UnitOfficer)
            .WithMessage("该角色不限定乡镇。This role is not scoped to a township.");
        validator.RuleFor(r => r.GridIds).Empty().When(r => r.Role != ActorRole.GridWorker)
            .WithMessage("只有网格员有网格。Only grid workers have grids.");
        validator.RuleFor(r => r.UnitId).Null().When(r => r.Role != ActorRole.UnitOfficer)
            .WithMessage("只有责任单位干部指定单位。Only unit officers have a unit.");
    }

    /// <summary>
    /// Checks that the township, grids or unit exist (404 otherwise) and returns the scope to store. A grid worker's
    /// township follows from the grids, which must all lie in one township.
    /// </summary>
    public static async Task<(Guid? Township, string Grids, Guid? Unit)> ResolveScopeAsync(IScopedRole scope, IMediator mediator, CancellationToken ct)
    {
        switch (scope.Role)
        {
            case ActorRole.TownshipOfficer:
                var township = await mediator.Send(new FindTownship(scope.TownshipId!.Value), ct);
                if (township is null or { Retired: true })
                {
                    throw new NotFoundException("Township", scope.TownshipId!.Value);
                }

                return (township.Id, "", null);
            case ActorRole.GridWorker:
                var wanted = scope.GridIds!.Distinct().ToList();
                var grids = await mediator.Send(new FindGrids(wanted), ct);
                var missing = wanted.Except(grids.Where(g => !g.Retired).Select(g => g.Id)).FirstOrDefault();
                if (missing != Guid.Empty)
                {
                    throw new NotFoundException("Grid", missing);
                }

                var townships = grids.Select(g => g.TownshipId).Distinct().ToList();
                if (townships.Count > 1)
                {
                    throw new ValidationException([new FluentValidation.Results.ValidationFailure("GridIds",
                        "网格员的网格须在同一乡镇。A grid worker's grids must lie in one township.")]);
                }

                return (townships[0], string.Join(',', wanted), null);
            case ActorRole.UnitOfficer:
                if (await mediator.Send(new FindUnit(scope.UnitId!.Value), ct) is null or { Retired: true })
                {
                    throw new NotFoundException("Unit", scope.UnitId!.Value);
                }

                return (null, "", scope.UnitId);
            default:
                return (null, "", null);
        }
    }

    /// <summary>Refuses (409) a change that would leave the city without an active administrator.</summary>
    public static async Task EnsureAnotherAdministratorAsync(AccountsDbContext db, Account account, CancellationToken ct)
    {
        if (account is { Role: ActorRole.CityAdministrator, Disabled: false }
            && !await db.Accounts.AnyAsync(a => a.Id != account.Id && a.Role == ActorRole.CityAdministrator && !a.Disabled, ct))
        {
            throw new ConflictException("这是唯一可用的市级管理员账号，不能停用或改变角色。This is the only active city administrator.");
        }
    }

    public static void EnsureVersion(Account account, int expected)
    {
        if (account.Version != expected)
        {
            throw new ConflictException("账号已被他人修改，请刷新后重试。The account was changed by someone else; reload and try again.")
                .With("currentVersion", account.Version);
        }
    }

    public static string NewStamp() => Guid.NewGuid().ToString("N");
}
