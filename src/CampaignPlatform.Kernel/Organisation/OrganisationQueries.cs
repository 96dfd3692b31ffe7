using MediatR;

namespace CampaignPlatform.Kernel.Organisation;

// Answered by the organisation module. Other modules ask these instead of reading its tables.

/// <summary>One township, or null when there is none with that id.</summary>
public sealed record FindTownship(Guid TownshipId) : IRequest<TownshipInfo?>;

/// <summary>Every township of the city, retired ones only when asked.</summary>
public sealed record ListTownships(bool IncludeRetired = false) : IRequest<IReadOnlyList<TownshipInfo>>;

/// <summary>One village or community, or null.</summary>
public sealed record FindVillage(Guid VillageId) : IRequest<VillageInfo?>;

/// <summary>The active villages of the given townships, in one query (for set-based recurring checks).</summary>
public sealed record ListVillages(IReadOnlyCollection<Guid> TownshipIds) : IRequest<IReadOnlyList<VillageInfo>>;

/// <summary>
/// Only the ids of the active villages of the given townships, each with its township, in no particular order: for a
/// check that writes a row per village of a whole province and needs nothing else of them.
/// </summary>
public sealed record ListVillageKeys(IReadOnlyCollection<Guid> TownshipIds) : IRequest<IReadOnlyList<VillageKey>>;

/// <summary>One responsible unit, or null.</summary>
public sealed record FindUnit(Guid UnitId) : IRequest<UnitInfo?>;

/// <summary>One responsible unit by its code (e.g. ZJJ), or null.</summary>
public sealed record FindUnitByCode(string Code) : IRequest<UnitInfo?>;

/// <summary>Every responsible unit, retired ones included (records keep pointing at them).</summary>
public sealed record ListUnits : IRequest<IReadOnlyList<UnitInfo>>;

/// <summary>The grids with these ids that exist (retired ones included), each with its village and township.</summary>
public sealed record FindGrids(IReadOnlyCollection<Guid> GridIds) : IRequest<IReadOnlyList<GridInfo>>;

/// <summary>The active grids of one township, in code order.</summary>
public sealed record ListGrids(Guid TownshipId) : IRequest<IReadOnlyList<GridInfo>>;
