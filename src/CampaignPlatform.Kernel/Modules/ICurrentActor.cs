using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Kernel.Modules;

/// <summary>
/// Who is doing what is being done: a signed-in account, an anonymous member of the public (the snap-report
/// intake), or the system when a background check runs.
/// </summary>
public interface ICurrentActor
{
    /// <summary>The account's user name, <c>anonymous</c>, or <c>system</c>.</summary>
    string Name { get; }

    /// <summary>The signed-in account, or null for the public and the system.</summary>
    AccountInfo? Account { get; }

    /// <summary>A background job: no request, no user, every township.</summary>
    bool IsSystem { get; }
}
