using System.Globalization;
using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Modules.Assessment.Data;

namespace CampaignPlatform.Modules.Assessment.Scoring;

/// <summary>The newest recorded fact of a kind.</summary>
internal sealed record FactState(bool Met, DateOnly Date, string? Note);

/// <summary>A module's score line, with whether its module is on where the scorecard is computed.</summary>
internal sealed record Contribution(ScoreLine Line, bool ModuleOn = true);

internal sealed record ScoreInputs(IReadOnlyDictionary<FactKind, FactState> Facts, int Exposures, IReadOnlyList<Contribution> Contributions);

internal sealed record ScoreResult(
    decimal PointsPossible, decimal PointsEarned, IReadOnlyList<ScorecardLineDto> Lines, IReadOnlyList<ScoreLine> Additional);

/// <summary>
/// The arithmetic of the scheme, with no storage: all-or-nothing lines from facts, the exposure rule, module
/// lines summed and capped at the line's points, sums up the tree. Pure, so the rules are unit-tested directly.
/// </summary>
internal static class ScoreCalculator
{
    public const decimal FirstExposurePenalty = 30;
    public const string NoContribution = "暂无模块提供该项数据 / no module contributes this line";
    public const string ModuleOff = "模块未启用 / module off in this township";

    /// <summary>0 exposures → all the points; the first costs 30; a second (or more) costs the whole line.</summary>
    public static decimal ExposurePoints(decimal points, int exposures) => exposures switch
    {
        <= 0 => points,
        1 => Math.Max(0, points - FirstExposurePenalty),
        _ => 0,
    };

    public static ScoreResult Compute(IReadOnlyList<SchemeLine> scheme, ScoreInputs inputs)
    {
        var children = scheme.ToLookup(l => l.ParentCode ?? "");
        var fedKeys = scheme.Where(l => l.Rule == ScoreRule.ModuleLines && l.LineKey is not null).Select(l => l.LineKey!).ToHashSet();

        ScorecardLineDto Score(SchemeLine line)
        {
            var below = children[line.Code].OrderBy(l => l.SortOrder).Select(Score).ToList();
            var (earned, explanation, figures) = line.Rule switch
            {
                ScoreRule.Sum => (below.Sum(c => c.PointsEarned), "各子项之和 / sum of the lines below", Empty),
                ScoreRule.AllOrNothing => AllOrNothing(line, inputs.Facts),
                ScoreRule.Exposure => ExposureLine(line, inputs.Exposures),
                _ => ModuleLines(line, inputs.Contributions.Where(c => c.Line.LineKey == line.LineKey).ToList()),
            };
            return new ScorecardLineDto(line.Code, line.NameZh, line.Points, earned, explanation, figures, below);
        }

        var lines = children[""].OrderBy(l => l.SortOrder).Select(Score).ToList();
        var additional = inputs.Contributions
            .Where(c => c.ModuleOn && !fedKeys.Contains(c.Line.LineKey))
            .Select(c => c.Line)
            .OrderBy(a => a.LineKey, StringComparer.Ordinal).ThenBy(a => a.ModuleId, StringComparer.Ordinal)
            .ToList();
        return new ScoreResult(lines.Sum(l => l.PointsPossible), lines.Sum(l => l.PointsEarned), lines, additional);
    }

    private static readonly IReadOnlyDictionary<string, decimal> Empty = new Dictionary<string, decimal>();

    private static (decimal, string, IReadOnlyDictionary<string, decimal>) AllOrNothing(SchemeLine line, IReadOnlyDictionary<FactKind, FactState> facts)
    {
        if (line.FactKind is not { } kind || !facts.TryGetValue(kind, out var fact))
        {
            return (0, "尚未登记结果，全有或全无 / not recorded yet; all or nothing", Empty);
        }

        var when = fact.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var note = string.IsNullOrWhiteSpace(fact.Note) ? "" : $"（{fact.Note}）";
        return fact.Met
            ? (line.Points, $"{when} 登记为达标{note} / met as recorded on {when}", new Dictionary<string, decimal> { ["met"] = 1 })
            : (0, $"{when} 登记为未达标{note}，全有或全无 / not met as recorded on {when}; all or nothing", new Dictionary<string, decimal> { ["met"] = 0 });
    }

    private static (decimal, string, IReadOnlyDictionary<string, decimal>) ExposureLine(SchemeLine line, int exposures)
    {
        var earned = ExposurePoints(line.Points, exposures);
        var rule = exposures switch
        {
            <= 0 => "未被曝光 / no exposure",
            1 => $"首次曝光扣{FirstExposurePenalty:0}分 / first exposure −{FirstExposurePenalty:0}",
            _ => "第二次曝光，该项全扣 / second exposure: the whole line is lost",
        };
        return (earned, $"本年度省级曝光 {exposures} 次：{rule} / {exposures} provincial exposure(s) this year",
            new Dictionary<string, decimal> { ["exposures"] = exposures });
    }

    private static (decimal, string, IReadOnlyDictionary<string, decimal>) ModuleLines(SchemeLine line, List<Contribution> fed)
    {
        if (fed.Count == 0)
        {
            return (0, NoContribution, Empty);
        }

        var on = fed.Where(c => c.ModuleOn).ToList();
        var off = fed.Where(c => !c.ModuleOn).Select(c => c.Line.ModuleId).Distinct().ToList();
        var offNote = off.Count == 0 ? "" : $"{ModuleOff}: {string.Join(", ", off)}";
        if (on.Count == 0)
        {
            return (0, offNote, Empty);
        }

        var sum = on.Sum(c => c.Line.PointsEarned);
        var earned = Math.Clamp(sum, 0, line.Points);
        var parts = on.Select(c => $"{c.Line.ModuleId}: {c.Line.Explanation}").ToList();
        if (sum > line.Points)
        {
            parts.Add($"合计 {sum:0.##}，封顶 {line.Points:0.##} / capped at {line.Points:0.##}");
        }

        if (offNote.Length > 0)
        {
            parts.Add(offNote);
        }

        var figures = on.Where(c => c.Line.Figures is not null)
            .SelectMany(c => c.Line.Figures!)
            .GroupBy(f => f.Key)
            .ToDictionary(g => g.Key, g => g.Sum(f => f.Value));
        return (earned, string.Join("; ", parts), figures);
    }
}
