using System.Security.Claims;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Accounts.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Accounts.SignIn;

/// <summary>
/// Checks a user name and password and returns the principal to sign in with (bearer token or cookie). Every attempt
/// is kept for throttling and in the audit log; a wrong password, an unknown name and a disabled account get the same
/// answer, so nobody can probe which names exist.
/// </summary>
[AllowPublic]
internal sealed record SignIn(string? UserName, string? Password, string ClientAddress, string Scheme) : IRequest<ClaimsPrincipal>;

internal sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(s => s.UserName).NotEmpty().MaximumLength(64);
        RuleFor(s => s.Password).NotEmpty().MaximumLength(128);
    }
}

internal sealed class SignInHandler(AccountsDbContext db, SignInThrottle throttle, IPasswordHasher<Account> hasher, TimeProvider time)
    : IRequestHandler<SignIn, ClaimsPrincipal>
{
    public async Task<ClaimsPrincipal> Handle(SignIn request, CancellationToken cancellationToken)
    {
        var normalized = Account.Normalize(request.UserName!);
        await throttle.EnsureAllowedAsync(normalized, request.ClientAddress, cancellationToken);

        var account = await db.Accounts.FirstOrDefaultAsync(a => a.NormalizedUserName == normalized, cancellationToken);
        var result = hasher.VerifyHashedPassword(account ?? Unknown, account?.PasswordHash ?? UnknownHash, request.Password!);
        var succeeded = account is { Disabled: false } && result != PasswordVerificationResult.Failed;
        if (succeeded && result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account!.PasswordHash = hasher.HashPassword(account, request.Password!);
        }

        var now = time.GetUtcNow();
        db.SignInAttempts.Add(new SignInAttempt { NormalizedUserName = normalized, ClientAddress = request.ClientAddress, At = now, Succeeded = succeeded });
        db.Audit.Add(new AuditEntry
        {
            At = now, AccountId = account?.Id, Actor = request.UserName!.Trim(), Action = $"sign-in ({request.Scheme})",
            Target = $"/api/accounts/{account?.Id}", Outcome = succeeded ? "succeeded" : "failed", ClientAddress = request.ClientAddress,
        });
        await db.SaveChangesAsync(cancellationToken);
        if (!succeeded)
        {
            throw new UnauthorizedException("用户名或密码错误，或账号已停用。Wrong user name or password, or the account is disabled.");
        }

        return AccountPrincipal.Create(account!, request.Scheme);
    }

    // Verifying against a real hash when the name is unknown takes as long as a real check: no timing hint.
    private static readonly Account Unknown = new()
    {
        UserName = "", NormalizedUserName = "", DisplayName = "", PasswordHash = "", SecurityStamp = "", CreatedBy = "",
    };

    private static readonly string UnknownHash = new PasswordHasher<Account>().HashPassword(Unknown, Guid.NewGuid().ToString());
}
