namespace CampaignPlatform.Kernel.Access;

/// <summary>
/// What the current actor may see, read by every module's data filters at query time. City roles, the public and
/// background jobs see everything; a township officer one township; a grid worker the villages of their grids; a
/// unit officer what is dispatched to their unit.
/// </summary>
public interface IDataScope
{
    bool AllTownships { get; }

    /// <summary>The townships in scope when <see cref="AllTownships"/> is false.</summary>
    IReadOnlyCollection<Guid> TownshipIds { get; }

    bool AllVillages { get; }

    /// <summary>The villages in scope when <see cref="AllVillages"/> is false.</summary>
    IReadOnlyCollection<Guid> VillageIds { get; }

    bool AllUnits { get; }

    /// <summary>The unit in scope when <see cref="AllUnits"/> is false.</summary>
    Guid UnitId { get; }
}

/// <summary>A fixed scope; <see cref="Unrestricted"/> where there is no signed-in person.</summary>
public sealed record DataScope(
    bool AllTownships, IReadOnlyCollection<Guid> TownshipIds, bool AllVillages, IReadOnlyCollection<Guid> VillageIds, bool AllUnits, Guid UnitId)
    : IDataScope
{
    public static DataScope Unrestricted { get; } = new(true, [], true, [], true, Guid.Empty);

    public static DataScope Township(Guid townshipId) => Unrestricted with { AllTownships = false, TownshipIds = [townshipId] };

    public static DataScope Villages(Guid townshipId, IReadOnlyCollection<Guid> villageIds) =>
        Township(townshipId) with { AllVillages = false, VillageIds = villageIds };

    public static DataScope Unit(Guid unitId) => Unrestricted with { AllUnits = false, UnitId = unitId };
}

/// <summary>
/// A record of one township, by its <c>TownshipId</c> property (Guid, or Guid? where null means city-wide and visible
/// to all): township officers and grid workers see only their township's.
/// </summary>
public interface ITownshipOwned;

/// <summary>
/// A record of one village, by its <c>VillageId</c> property (Guid or Guid?): grid workers see only their villages'
/// (a record with no village is township-level and hidden from them).
/// </summary>
public interface IVillageOwned;

/// <summary>
/// A record dispatched to a responsible unit, by its <c>ResponsibleUnitId</c> (or <c>UnitId</c>) property (Guid?): unit officers see only
/// what is dispatched to their unit.
/// </summary>
public interface IUnitOwned;
