namespace CampaignPlatform.Kernel.Access;

// Every request a module's endpoints send carries one of these; the host checks it before anything else runs.
// City administrators may send every request. What a permitted actor then sees is narrowed to their township,
// grids or unit by the data filters (see ITownshipOwned and its siblings).

/// <summary>The roles, besides city administrators, that may send this request.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAttribute(params ActorRole[] roles) : Attribute
{
    public IReadOnlyList<ActorRole> Roles { get; } = roles;
}

/// <summary>Every signed-in account may send this request (typically a read, narrowed by the data filters).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowSignedInAttribute : Attribute;

/// <summary>Anyone may send this request, signed in or not (the public snap-report intake and its tracking).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowPublicAttribute : Attribute;
