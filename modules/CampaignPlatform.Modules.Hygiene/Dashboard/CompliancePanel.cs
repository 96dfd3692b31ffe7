using CampaignPlatform.Kernel.Web;
using MediatR;

namespace CampaignPlatform.Modules.Hygiene.Dashboard;

/// <summary>Disinfection compliance per week as a line (<see cref="GetDisinfectionCompliance"/>).</summary>
public sealed class CompliancePanel(IMediator mediator) : RequestPanel<IReadOnlyList<WeeklyComplianceDto>>(mediator)
{
    protected override IRequest<IReadOnlyList<WeeklyComplianceDto>> Query() => new GetDisinfectionCompliance(null);
}
