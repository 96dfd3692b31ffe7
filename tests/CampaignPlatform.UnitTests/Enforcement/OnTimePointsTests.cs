using CampaignPlatform.Modules.Enforcement.Scoring;

namespace CampaignPlatform.UnitTests.Enforcement;

public sealed class OnTimePointsTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(4, 4, 50)]
    [InlineData(2, 1, 25)]
    [InlineData(3, 2, 33.33)]
    public void On_time_closure_earns_fifty_times_the_share(int due, int onTime, double points) =>
        Assert.Equal((decimal)points, OnTime.PointsFor(due, onTime));
}
