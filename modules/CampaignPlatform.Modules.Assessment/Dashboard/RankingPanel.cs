using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Assessment.Scoring;
using MediatR;

namespace CampaignPlatform.Modules.Assessment.Dashboard;

/// <summary>红榜 and 黑榜: the best and the worst townships on the year's scheme (the same request as <c>/api/assessment/rankings</c>).</summary>
public sealed class RankingPanel(IMediator mediator) : RequestPanel<RankingsDto>(mediator)
{
    protected override IRequest<RankingsDto> Query() => new GetRankings(null, GetRankingsValidator.DefaultTop);
}
