using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.UnitTests.Kernel;

/// <summary>A dashboard panel is seen by exactly those who may send the request it is built on; trends count city weeks.</summary>
public sealed class DashboardPanelTests
{
    [Allow(ActorRole.CitySupervisor, ActorRole.GridWorker)]
    private sealed record SupervisorsAndGridWorkers;

    [AllowSignedIn]
    private sealed record Anyone;

    private sealed class SomePanel : ViewComponent;

    [Fact]
    public void A_panel_follows_the_allow_attribute_of_its_request_and_names_its_view_component()
    {
        var panel = DashboardPanel.For<SupervisorsAndGridWorkers, SomePanel>(10, "甲", "A");
        Assert.Equal(typeof(SomePanel), panel.Component);
        Assert.Equal(
            [ActorRole.CityAdministrator, ActorRole.CitySupervisor, ActorRole.GridWorker],
            Enum.GetValues<ActorRole>().Where(panel.IsVisibleTo).OrderBy(r => r));
        Assert.All(Enum.GetValues<ActorRole>(), role => Assert.True(DashboardPanel.For<Anyone, SomePanel>(1, "乙", "B").IsVisibleTo(role)));
    }

    [Fact]
    public void Weeks_run_monday_to_sunday_and_the_recent_ones_end_with_this_week()
    {
        Assert.Equal(new DateOnly(2026, 11, 23), CityWeeks.StartOf(new DateOnly(2026, 11, 29))); // a Sunday
        Assert.Equal(new DateOnly(2026, 11, 30), CityWeeks.StartOf(new DateOnly(2026, 11, 30))); // a Monday
        Assert.Equal(
            [new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 30)],
            CityWeeks.Recent(new DateOnly(2026, 12, 2), 3));
        Assert.Equal("11-30", CityWeeks.Label(new DateOnly(2026, 11, 30)));
    }
}
