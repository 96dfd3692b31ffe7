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

    public static bool IsCitizenSource(CaseSource source) => source is CaseSource.CitizenReport or CaseSource.PhoneOrLiveReport;

    public static IQueryable<EnforcementCase> CitizenCases(IQueryable<EnforcementCase> cases) =>
        cases.Where(c => (c.Source == CaseSource.CitizenReport || c.Source == CaseSource.PhoneOrLiveReport) && !c.Parked);

    public static IQueryable<EnforcementCase> CitizenCasesDue(IQueryable<EnforcementCase> cases, IReadOnlyCollection<Guid> townships, DateTimeOffset from, DateTimeOffset to) =>
        CitizenCases(cases).Where(c => townships.Contains(c.TownshipId) && c.HandleDueAt != null && c.HandleDueAt >= from && c.HandleDueAt < to);

    public static decimal PointsFor(int due, int onTime) => due == 0 ? 0 : Math.Round(Points * onTime / due, 2);
}
