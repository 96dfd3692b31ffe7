using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Modules.Accounts.Data;

/// <summary>A local account: one role, and the township, grids or unit that role is scoped to.</summary>
internal sealed class Account
{
    public Guid Id { get; set; }

    /// <summary>As typed at creation; sign-in matches <see cref="NormalizedUserName"/>.</summary>
    public required string UserName { get; set; }

    public required string NormalizedUserName { get; set; }
    public required string DisplayName { get; set; }

    /// <summary>ASP.NET Core Identity's PBKDF2 hash (with its own salt and iteration count); never the password.</summary>
    public required string PasswordHash { get; set; }

    public ActorRole Role { get; set; }
    public Guid? TownshipId { get; set; }

    /// <summary>A grid worker's grids, comma-separated ids (a handful at most).</summary>
    public string GridIds { get; set; } = "";

    public Guid? UnitId { get; set; }
    public bool Disabled { get; set; }

    /// <summary>Renewed when the password, role or scope changes or the account is disabled: older tokens stop working.</summary>
    public required string SecurityStamp { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<Guid> Grids => GridIds.Length == 0 ? [] : GridIds.Split(',').Select(Guid.Parse).ToList();

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    public AccountInfo ToInfo() => new(Id, UserName, DisplayName, Role, TownshipId, Grids, UnitId, Disabled, SecurityStamp);
}

/// <summary>One sign-in attempt, kept to throttle guessing per account and per address.</summary>
internal sealed class SignInAttempt
{
    public long Id { get; set; }
    public required string NormalizedUserName { get; set; }
    public required string ClientAddress { get; set; }
    public DateTimeOffset At { get; set; }
    public bool Succeeded { get; set; }
}

/// <summary>Who did what, when, to which record (审计日志).</summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? AccountId { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Target { get; set; }
    public required string Outcome { get; set; }
    public string? ClientAddress { get; set; }
}
