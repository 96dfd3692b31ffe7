using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.UnitTests.Kernel;

public sealed class ModuleManifestTests
{
    [Theory]
    [InlineData("rural-upkeep", true)]
    [InlineData("hygiene", true)]
    [InlineData("org", true)]
    [InlineData("a1-b2", true)]
    [InlineData("Rural-Upkeep", false)]
    [InlineData("rural_upkeep", false)]
    [InlineData("-rural", false)]
    [InlineData("rural-", false)]
    [InlineData("rural--upkeep", false)]
    [InlineData("1rural", false)]
    [InlineData("", false)]
    public void Ids_are_kebab_case(string id, bool valid) => Assert.Equal(valid, ModuleManifest.IsValidId(id));

    [Fact]
    public void Storage_name_is_the_id_with_underscores()
    {
        var manifest = new ModuleManifest("rural-upkeep", "农村人居环境", "Rural upkeep", "1.0.0", "d", []);
        Assert.Equal("rural_upkeep", manifest.StorageName);
    }
}
