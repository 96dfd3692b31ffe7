using Microsoft.EntityFrameworkCore;
using CampaignPlatform.Modules.Enforcement.Data;

namespace CampaignPlatform.Modules.Enforcement.Scoring;

/// <summary>
/// On-time closure of citizen cases (随手拍 and phone or live reports): of the cases whose handling deadline fell in
/// the period (parked ones aside), those closed with the handling done by the deadline. A case still open past its
/// deadline counts as not on time.
/// </summary>
internal static class OnTime
{
    public const decimal Points = 50;

    /// <summary>The sources of citizen cases: one list for the check in memory, the query and the tallies' back-fill SQL.</summary>
    public static readonly CaseSource[] CitizenSources = [CaseSource.CitizenReport, CaseSource.PhoneOrLiveReport];

    public static bool IsCitizenSource(CaseSource source) => CitizenSources.Contains(source);

    // EF.Constant: the sources go into the SQL as an IN list of literals, as the back-fill writes them, not as a parameter.
    public static IQueryable<EnforcementCase> CitizenCases(IQueryable<EnforcementCase> cases) =>
        cases.Where(c => EF.Constant(CitizenSources).Contains(c.Source) && !c.Parked);

    public static IQueryable<EnforcementCase> CitizenCasesDue(IQueryable<EnforcementCase> cases, IReadOnlyCollection<Guid> townships, DateTimeOffset from, DateTimeOffset to) =>
        CitizenCasesDue(cases, from, to).Where(c => townships.Contains(c.TownshipId));

    /// <summary>The citizen cases due in <paramref name="from"/>–<paramref name="to"/> of every township, found by their deadline.</summary>
    public static IQueryable<EnforcementCase> CitizenCasesDue(IQueryable<EnforcementCase> cases, DateTimeOffset from, DateTimeOffset to) =>
        CitizenCases(cases).Where(c => c.HandleDueAt != null && c.HandleDueAt >= from && c.HandleDueAt < to);

    public static decimal PointsFor(int due, int onTime) => due == 0 ? 0 : Math.Round(Points * onTime / due, 2);
}
