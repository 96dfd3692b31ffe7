using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Accounts.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Accounts.Management;

/// <summary>An administrator creates an account with its role and scope.</summary>
[Allow(ActorRole.CityAdministrator)]
internal sealed record CreateAccount(
    string? UserName,
    string? DisplayName,
    string? Password,
    ActorRole? Role,
    Guid? TownshipId,
    IReadOnlyList<Guid>? GridIds,
    Guid? UnitId) : IRequest<AccountDto>, IScopedRole;

internal sealed class CreateAccountValidator : AbstractValidator<CreateAccount>
{
    public CreateAccountValidator()
    {
        RuleFor(a => a.UserName).NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9._@-]+$")
            .WithMessage("用户名只能包含字母、数字和 . _ @ -。Letters, digits and . _ @ - only.");
        RuleFor(a => a.DisplayName).NotEmpty().MaximumLength(100);
        RuleFor(a => a.Password).StrongPassword();
        this.ScopeShape();
    }
}

internal sealed class CreateAccountHandler(AccountsDbContext db, IMediator mediator, IPasswordHasher<Account> hasher, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<CreateAccount, AccountDto>
{
    public async Task<AccountDto> Handle(CreateAccount request, CancellationToken cancellationToken)
    {
        var normalized = Account.Normalize(request.UserName!);
        if (await db.Accounts.AnyAsync(a => a.NormalizedUserName == normalized, cancellationToken))
        {
            throw Taken(request.UserName!);
        }

        var (township, grids, unit) = await AccountRules.ResolveScopeAsync(request, mediator, cancellationToken);
        var account = new Account
        {
            Id = Guid.NewGuid(), UserName = request.UserName!.Trim(), NormalizedUserName = normalized, DisplayName = request.DisplayName!.Trim(),
            PasswordHash = "", Role = request.Role!.Value, TownshipId = township, GridIds = grids, UnitId = unit,
            SecurityStamp = AccountRules.NewStamp(), CreatedAt = time.GetUtcNow(), CreatedBy = actor.Name,
        };
        account.PasswordHash = hasher.HashPassword(account, request.Password!);
        db.Accounts.Add(account);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two administrators creating the same name at once: the unique index keeps one.
            throw Taken(request.UserName!);
        }

        return AccountDto.From(account);
    }

    private static ConflictException Taken(string userName) =>
        new ConflictException($"用户名“{userName}”已被使用。The user name is taken.").With("userName", userName);
}
