using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Accounts.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Accounts.Management;

/// <summary>Gives an account another role or scope (调整权限). Its tokens stop working: the holder signs in again.</summary>
[Allow(ActorRole.CityAdministrator)]
internal sealed record ChangeAccountScope(Guid AccountId, ActorRole? Role, Guid? TownshipId, IReadOnlyList<Guid>? GridIds, Guid? UnitId, int? Version)
    : IRequest<AccountDto>, IScopedRole;

/// <summary>Disables (停用) or enables an account. A disabled account's tokens stop working at once.</summary>
[Allow(ActorRole.CityAdministrator)]
internal sealed record SetAccountDisabled(Guid AccountId, bool Disabled, int? Version) : IRequest<AccountDto>;

/// <summary>An administrator sets a new password (重置密码); the old tokens stop working.</summary>
[Allow(ActorRole.CityAdministrator)]
internal sealed record ResetPassword(Guid AccountId, string? Password, int? Version) : IRequest<AccountDto>;

internal sealed class ChangeAccountScopeValidator : AbstractValidator<ChangeAccountScope>
{
    public ChangeAccountScopeValidator()
    {
        this.ScopeShape();
        RuleFor(c => c.Version).NotNull();
    }
}

internal sealed class SetAccountDisabledValidator : AbstractValidator<SetAccountDisabled>
{
    public SetAccountDisabledValidator() => RuleFor(c => c.Version).NotNull();
}

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(c => c.Password).StrongPassword();
        RuleFor(c => c.Version).NotNull();
    }
}

internal sealed class ChangeAccountHandlers(AccountsDbContext db, IMediator mediator, IPasswordHasher<Account> hasher) :
    IRequestHandler<ChangeAccountScope, AccountDto>,
    IRequestHandler<SetAccountDisabled, AccountDto>,
    IRequestHandler<ResetPassword, AccountDto>
{
    public async Task<AccountDto> Handle(ChangeAccountScope request, CancellationToken cancellationToken)
    {
        var account = await LoadAsync(request.AccountId, request.Version!.Value, cancellationToken);
        if (request.Role != ActorRole.CityAdministrator)
        {
            await AccountRules.EnsureAnotherAdministratorAsync(db, account, cancellationToken);
        }

        (account.TownshipId, account.GridIds, account.UnitId) = await AccountRules.ResolveScopeAsync(request, mediator, cancellationToken);
        account.Role = request.Role!.Value;
        return await SaveAsync(account, cancellationToken);
    }

    public async Task<AccountDto> Handle(SetAccountDisabled request, CancellationToken cancellationToken)
    {
        var account = await LoadAsync(request.AccountId, request.Version!.Value, cancellationToken);
        if (request.Disabled)
        {
            await AccountRules.EnsureAnotherAdministratorAsync(db, account, cancellationToken);
        }

        account.Disabled = request.Disabled;
        return await SaveAsync(account, cancellationToken);
    }

    public async Task<AccountDto> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        var account = await LoadAsync(request.AccountId, request.Version!.Value, cancellationToken);
        account.PasswordHash = hasher.HashPassword(account, request.Password!);
        return await SaveAsync(account, cancellationToken);
    }

    private async Task<Account> LoadAsync(Guid id, int version, CancellationToken ct)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Account", id);
        AccountRules.EnsureVersion(account, version);
        return account;
    }

    private async Task<AccountDto> SaveAsync(Account account, CancellationToken ct)
    {
        account.SecurityStamp = AccountRules.NewStamp();
        account.Version++;
        await db.SaveChangesAsync(ct);
        return AccountDto.From(account);
    }
}
