using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Checks.Listing;
using MediatR;

namespace CampaignPlatform.Modules.Checks.Dashboard;

/// <summary>The last run of every recurring check with its outcome (the same request as <c>GET /api/checks</c>).</summary>
public sealed class LastRunsPanel(IMediator mediator) : RequestPanel<IReadOnlyList<CheckDto>>(mediator)
{
    protected override IRequest<IReadOnlyList<CheckDto>> Query() => new GetChecks();
}
