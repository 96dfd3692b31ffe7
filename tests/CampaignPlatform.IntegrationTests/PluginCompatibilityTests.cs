using System.Text.Json;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// A plugin built against a kernel the host does not have is refused at start-up with a message that says what to do,
/// and the host starts and serves without it, its other plugins included. Loading plugins does not depend on the store,
/// so this runs on SQLite only.
/// </summary>
[Collection(ProcessCollection.Name)]
[Trait("Database", "Sqlite")]
public sealed class PluginCompatibilityTests
{
    [Fact]
    public async Task A_plugin_built_against_another_major_kernel_version_is_refused_and_the_host_starts_without_it()
    {
        var work = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        var plugins = Path.Combine(work, "plugins");
        try
        {
            // The same Sample module twice: as the host's kernel builds it, and against a kernel that says 2.0.
            await PluginBuild.BuildAsync("tests/CampaignPlatform.TestModules.Sample/CampaignPlatform.TestModules.Sample.csproj",
                Path.Combine(plugins, "sample"), Path.Combine(work, "artifacts-1"));
            await PluginBuild.BuildAsync("tests/CampaignPlatform.TestModules.Sample/CampaignPlatform.TestModules.Sample.csproj",
                Path.Combine(plugins, "sample-on-kernel-2"), Path.Combine(work, "artifacts-2"), "Version=2.0.0");

            using var host = await HostProcess.StartAsync(null, work, new Dictionary<string, string> { ["Modules:PluginsDirectory"] = plugins });

            var kernel = typeof(CampaignPlatform.Kernel.Modules.IModule).Assembly.GetName().Version!;
            Assert.Contains($"Plugin 'sample-on-kernel-2' was not loaded: it was built against CampaignPlatform.Kernel 2.0, but this host has CampaignPlatform.Kernel {kernel.Major}.{kernel.Minor}",
                host.Output);
            using var client = await host.AdminClientAsync();
            var health = await client.GetJson("/health");
            var pluginsCheck = health.GetProperty("checks").GetProperty("plugins");
            Assert.Equal("Degraded", pluginsCheck.GetProperty("status").GetString());
            Assert.Contains("rebuild it against CampaignPlatform.Kernel 1.x", pluginsCheck.GetProperty("description").GetString());

            // The compatible copy is loaded and works.
            var installed = await client.GetJson("/api/modules");
            Assert.Single(installed.EnumerateArray(), m => m.GetProperty("id").GetString() == "sample");
            var marks = await client.GetJson("/api/sample/marks");
            Assert.Equal(JsonValueKind.Array, marks.ValueKind);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
