using CampaignPlatform.Kernel.Web;
using MediatR;

namespace CampaignPlatform.Modules.Enforcement.Dashboard;

/// <summary>Cases opened and closed per week as paired bars (<see cref="GetCaseFlow"/>).</summary>
public sealed class CaseFlowPanel(IMediator mediator) : RequestPanel<IReadOnlyList<WeeklyCaseFlowDto>>(mediator)
{
    protected override IRequest<IReadOnlyList<WeeklyCaseFlowDto>> Query() => new GetCaseFlow(null);
}
