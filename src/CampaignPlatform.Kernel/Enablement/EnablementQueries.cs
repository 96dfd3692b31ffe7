using MediatR;

namespace CampaignPlatform.Kernel.Enablement;

// Answered by the module-enablement core module.

/// <summary>The active townships where the module is on (every active township for a core module).</summary>
public sealed record ListTownshipsWhereEnabled(string ModuleId) : IRequest<IReadOnlyList<Guid>>;

/// <summary>Whether the module is on in the township.</summary>
public sealed record IsModuleEnabled(string ModuleId, Guid TownshipId) : IRequest<bool>;
