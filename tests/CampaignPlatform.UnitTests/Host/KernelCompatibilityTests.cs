using CampaignPlatform.Host.Composition;

namespace CampaignPlatform.UnitTests.Host;

public sealed class KernelCompatibilityTests
{
    [Theory]
    [InlineData("1.0.0.0", "1.0.0.0")]
    [InlineData("1.0.0.0", "1.3.0.0")]
    [InlineData("1.3.2.0", "1.3.0.0")]
    public void A_plugin_built_against_the_same_or_an_older_minor_version_runs(string builtAgainst, string host) =>
        Assert.Null(KernelCompatibility.Refusal(Version.Parse(builtAgainst), Version.Parse(host)));

    [Theory]
    [InlineData("1.4.0.0", "1.3.0.0")]
    [InlineData("2.0.0.0", "1.3.0.0")]
    [InlineData("0.9.0.0", "1.3.0.0")]
    public void A_plugin_built_against_a_newer_minor_or_another_major_version_is_refused_with_the_versions(string builtAgainst, string host)
    {
        var refusal = KernelCompatibility.Refusal(Version.Parse(builtAgainst), Version.Parse(host));

        Assert.NotNull(refusal);
        Assert.Contains(Version.Parse(builtAgainst).ToString(2), refusal);
        Assert.Contains($"rebuild it against CampaignPlatform.Kernel {Version.Parse(host).Major}.x", refusal);
    }

    [Fact]
    public void The_host_reads_its_own_kernel_version() =>
        Assert.Null(KernelCompatibility.Refusal(typeof(KernelCompatibility).Assembly.GetReferencedAssemblies().Single(a => a.Name == KernelCompatibility.KernelName).Version!, KernelCompatibility.HostKernel));
}
