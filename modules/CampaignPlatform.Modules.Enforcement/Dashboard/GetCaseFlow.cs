using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Enforcement.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Dashboard;

/// <summary>Cases opened (reported) and closed in one week of the city's calendar.</summary>
public sealed record WeeklyCaseFlowDto(DateOnly WeekStart, int Opened, int Closed);

/// <summary>
/// Cases opened and closed per week over the last <see cref="Weeks"/> weeks, this one included: the city's for city
/// roles, narrowed to the person's township, grids or unit by the data filters like every case list.
/// </summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker, ActorRole.UnitOfficer)]
internal sealed record GetCaseFlow(int? Weeks) : IRequest<IReadOnlyList<WeeklyCaseFlowDto>>
{
    public const int DefaultWeeks = 12;
}

internal sealed class GetCaseFlowValidator : AbstractValidator<GetCaseFlow>
{
    public GetCaseFlowValidator() => RuleFor(q => q.Weeks).InclusiveBetween(1, 104);
}

internal sealed class GetCaseFlowHandler(EnforcementDbContext db, TimeProvider time) : IRequestHandler<GetCaseFlow, IReadOnlyList<WeeklyCaseFlowDto>>
{
    public async Task<IReadOnlyList<WeeklyCaseFlowDto>> Handle(GetCaseFlow request, CancellationToken cancellationToken)
    {
        var weeks = CityWeeks.Recent(CityClock.Today(time), request.Weeks ?? GetCaseFlow.DefaultWeeks);
        var start = CityClock.StartOf(weeks[0]);
        // Two set-based reads of instants only; the weeks are counted here, in the city's calendar.
        var opened = await db.Cases.AsNoTracking().Where(c => c.ReportedAt >= start).Select(c => c.ReportedAt).ToListAsync(cancellationToken);
        var closed = await db.Cases.AsNoTracking()
            .Where(c => c.State == CaseState.Closed && c.ClosedAt >= start)
            .Select(c => c.ClosedAt!.Value)
            .ToListAsync(cancellationToken);
        var openedPerWeek = PerWeek(opened);
        var closedPerWeek = PerWeek(closed);
        return weeks.Select(w => new WeeklyCaseFlowDto(w, openedPerWeek.GetValueOrDefault(w), closedPerWeek.GetValueOrDefault(w))).ToList();
    }

    private static Dictionary<DateOnly, int> PerWeek(IEnumerable<DateTimeOffset> instants) =>
        instants.GroupBy(at => CityWeeks.StartOf(CityClock.DateOf(at))).ToDictionary(g => g.Key, g => g.Count());
}
