using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Modules.RuralUpkeep.Points;

/// <summary>A household's points account (积分): its balance, never negative, and a version so that two movements at once cannot both spend it.</summary>
internal sealed class Household : ITownshipOwned, IVillageOwned
{
    public long Id { get; set; }
    public Guid TownshipId { get; set; }
    public Guid VillageId { get; set; }
    public required string Name { get; set; }
    public int Balance { get; set; }
    public int Version { get; set; }
}

/// <summary>One movement of a household's points, kept for ever: earned from a courtyard rating or redeemed for goods.</summary>
internal sealed class PointMovement
{
    public long Id { get; set; }
    public long HouseholdId { get; set; }
    public int Points { get; set; }
    public int BalanceAfter { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
}

/// <summary>美丽庭院 courtyard rating grades.</summary>
public enum CourtyardGrade
{
    /// <summary>优秀.</summary>
    Excellent,

    /// <summary>良好.</summary>
    Good,

    /// <summary>合格.</summary>
    Pass,

    /// <summary>不合格.</summary>
    Fail,
}

/// <summary>The rules of the points account, kept pure for unit tests.</summary>
internal static class PointRules
{
    public static int PointsFor(CourtyardGrade grade) => grade switch
    {
        CourtyardGrade.Excellent => 10,
        CourtyardGrade.Good => 6,
        CourtyardGrade.Pass => 3,
        _ => 0,
    };

    public static string Zh(CourtyardGrade grade) => grade switch
    {
        CourtyardGrade.Excellent => "优秀",
        CourtyardGrade.Good => "良好",
        CourtyardGrade.Pass => "合格",
        _ => "不合格",
    };

    /// <summary>Applies a movement; a balance never goes below zero.</summary>
    public static PointMovement Apply(Household household, int points, string reason, string by, DateTimeOffset at)
    {
        if (household.Balance + points < 0)
        {
            throw new Kernel.Errors.ConflictException(
                    $"积分不足：余额 {household.Balance}，需 {-points}。Not enough points: balance {household.Balance}, asked {-points}.")
                .With("balance", household.Balance);
        }

        household.Balance += points;
        household.Version++;
        return new PointMovement { HouseholdId = household.Id, Points = points, BalanceAfter = household.Balance, Reason = reason, At = at, By = by };
    }
}
