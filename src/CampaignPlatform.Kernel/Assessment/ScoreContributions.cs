using System.Collections.Concurrent;
using MediatR;

namespace CampaignPlatform.Kernel.Assessment;

/// <summary>The assessment year and the dates (city calendar, inclusive) a score is computed over.</summary>
public sealed record ScorePeriod(int Year, DateOnly From, DateOnly To)
{
    public static ScorePeriod ForYear(int year) => new(year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}

/// <summary>
/// "Your score contribution for this period and this township (or the whole city)". Published by the
/// assessment module; every module with a contribution adds its lines. For the whole city
/// (<see cref="TownshipId"/> null) a module counts only the townships where it is on; for one township the
/// assessment drops the lines of a module that is off there and says so.
/// <para>
/// The assessment may ask for each of several townships at once (<see cref="EachTownship"/>, for the
/// red and black lists): a module then answers with <see cref="Add(Guid, ScoreLine)"/>, for every township of the set
/// whatever its switch, as it would answer for that township alone, and reads each table once rather than once per
/// township. A module built against kernel 1.0 knows nothing of the set and answers for the city with
/// <see cref="Add(ScoreLine)"/>; the assessment then asks that module's way again, township by township.
/// </para>
/// </summary>
public sealed class CollectScoreContributions(ScorePeriod period, Guid? townshipId) : INotification
{
    private readonly ConcurrentQueue<ScoreLine> _lines = new();
    private readonly ConcurrentQueue<(Guid TownshipId, ScoreLine Line)> _townshipLines = new();

    /// <summary>Each of <paramref name="eachTownship"/> at once: answer with <see cref="Add(Guid, ScoreLine)"/>.</summary>
    public CollectScoreContributions(ScorePeriod period, IReadOnlyCollection<Guid> eachTownship)
        : this(period, (Guid?)null) =>
        EachTownship = [.. eachTownship];

    public ScorePeriod Period { get; } = period;

    /// <summary>The one township asked for; null for the city, and when <see cref="EachTownship"/> is set.</summary>
    public Guid? TownshipId { get; } = townshipId;

    /// <summary>The townships asked for at once, each to be answered for on its own; null when one scope is asked for.</summary>
    public IReadOnlyList<Guid>? EachTownship { get; }

    /// <summary>The scopes a module answers for: the set, the one township, or null for the city.</summary>
    public IReadOnlyList<Guid>? Townships => EachTownship ?? (TownshipId is { } one ? [one] : null);

    /// <summary>Lines for the one scope asked for (or, from a module that does not know the set, for the city).</summary>
    public IReadOnlyList<ScoreLine> Lines => [.. _lines];

    /// <summary>Lines added for each township of <see cref="EachTownship"/>.</summary>
    public ILookup<Guid, ScoreLine> LinesPerTownship => _townshipLines.ToLookup(l => l.TownshipId, l => l.Line);

    public void Add(ScoreLine line) => _lines.Enqueue(line);

    /// <summary>Adds a line for one township of <see cref="EachTownship"/>.</summary>
    public void Add(Guid townshipId, ScoreLine line)
    {
        if (EachTownship is null || !EachTownship.Contains(townshipId))
        {
            throw new ArgumentException($"Township {townshipId} was not asked for.", nameof(townshipId));
        }

        _townshipLines.Enqueue((townshipId, line));
    }
}

/// <summary>One line of a module's contribution, explained in plain words with the figures behind it.</summary>
/// <param name="ModuleId">The contributing module.</param>
/// <param name="LineKey">Which scheme line it feeds (see <see cref="ScoreLineKeys"/>).</param>
/// <param name="NameZh">What the line is called.</param>
/// <param name="PointsEarned">Points earned, never more than <paramref name="PointsPossible"/>.</param>
/// <param name="PointsPossible">Points the line is worth.</param>
/// <param name="Explanation">How the points follow from the figures, in plain words.</param>
/// <param name="Figures">The counts behind the line (e.g. sites: 120, sitesWithWorkingFacility: 97).</param>
public sealed record ScoreLine(
    string ModuleId,
    string LineKey,
    string NameZh,
    decimal PointsEarned,
    decimal PointsPossible,
    string Explanation,
    IReadOnlyDictionary<string, decimal>? Figures = null);

/// <summary>The scheme lines modules feed. A scheme line names one of these; a module's line with that key fills it.</summary>
public static class ScoreLineKeys
{
    /// <summary>勤洗手 (65 in the 2021 scheme): handwashing facilities in public places.</summary>
    public const string Handwashing = "handwashing";

    /// <summary>常消毒 (55): disinfection of public places, logged.</summary>
    public const string Disinfection = "disinfection";

    /// <summary>按期办结 (50): complaints closed on time.</summary>
    public const string ComplaintsOnTime = "complaints-on-time";

    /// <summary>第三方满意度 (50): third-party satisfaction survey ≥ 90 %.</summary>
    public const string Satisfaction = "satisfaction";

    /// <summary>知晓率: awareness, for the township ranking (no points in the provincial scheme).</summary>
    public const string Awareness = "awareness";

    /// <summary>参与率: participation, for the township ranking.</summary>
    public const string Participation = "participation";

    /// <summary>农村人居环境: rural upkeep results, for the township ranking.</summary>
    public const string RuralUpkeep = "rural-upkeep";
}
