using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Web;

namespace CampaignPlatform.UnitTests.Kernel;

/// <summary>A menu entry is seen by exactly those who may send the request its page is built on.</summary>
public sealed class ModulePageTests
{
    [Allow(ActorRole.TownshipOfficer)]
    private sealed record OfficersOnly;

    [AllowSignedIn]
    private sealed record Anyone;

    private sealed record Undeclared;

    [Fact]
    public void An_entry_follows_the_allow_attribute_and_city_administrators_always_see_it()
    {
        var page = ModulePage.For<OfficersOnly>("/x", "甲", "X");
        Assert.True(page.IsVisibleTo(ActorRole.TownshipOfficer));
        Assert.True(page.IsVisibleTo(ActorRole.CityAdministrator));
        Assert.False(page.IsVisibleTo(ActorRole.GridWorker));
        Assert.False(page.IsVisibleTo(ActorRole.CitySupervisor));
    }

    [Fact]
    public void A_request_for_every_signed_in_account_shows_its_entry_to_every_role()
    {
        var page = ModulePage.For<Anyone>("/x", "甲", "X");
        Assert.All(Enum.GetValues<ActorRole>(), role => Assert.True(page.IsVisibleTo(role)));
    }

    [Fact]
    public void A_request_that_names_nobody_is_for_city_administrators_only()
    {
        var page = ModulePage.For<Undeclared>("/x", "甲", "X");
        Assert.Equal([ActorRole.CityAdministrator], Enum.GetValues<ActorRole>().Where(page.IsVisibleTo));
    }
}
