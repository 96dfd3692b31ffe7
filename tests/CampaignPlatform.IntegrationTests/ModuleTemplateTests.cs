using System.Text.RegularExpressions;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The path README's "Add a campaign" describes, taken as written: install the template, create a module with it, and
/// run the test project it made — which must pass before a line is changed. The new module is made outside the
/// repository (its projects find the platform through CampaignPlatformRoot) and built into a private artifacts folder.
/// </summary>
[Collection(ProcessCollection.Name)]
[Trait("Database", "Sqlite")]
public sealed partial class ModuleTemplateTests
{
    [Fact]
    public async Task A_module_made_from_the_template_builds_and_its_tests_pass()
    {
        var work = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        var hive = Path.Combine(work, "hive");
        var made = Path.Combine(work, "made");
        try
        {
            await DotnetCli.RunAsync(TimeSpan.FromMinutes(2),
                "new", "install", Path.Combine(DotnetCli.RepositoryRoot, "build", "templates", "campaign-module"), "--debug:custom-hive", hive);
            await DotnetCli.RunAsync(TimeSpan.FromMinutes(2),
                "new", "campaign-module", "-n", "Awards", "--id", "awards", "--name-zh", "评比表彰", "--name-en", "Awards", "-o", made, "--debug:custom-hive", hive);
            foreach (var props in new[] { "Directory.Build.props", "Directory.Packages.props" })
            {
                File.Copy(Path.Combine(DotnetCli.RepositoryRoot, props), Path.Combine(made, props));
            }

            var module = Path.Combine(made, "modules", "CampaignPlatform.Modules.Awards");
            Assert.Contains("\"awards\"", await File.ReadAllTextAsync(Path.Combine(module, "Data", "AwardsDbContext.cs")));
            // The JSON context is renamed with the module, file and class, so a second module's never clashes with it.
            Assert.Contains("partial class AwardsJson ", await File.ReadAllTextAsync(Path.Combine(module, "AwardsJson.cs")));

            var printed = await DotnetCli.RunAsync(TimeSpan.FromMinutes(20),
                "test", Path.Combine(made, "tests", "CampaignPlatform.Modules.Awards.Tests"), "-c", "Release",
                "--artifacts-path", Path.Combine(work, "artifacts"), $"-p:CampaignPlatformRoot={DotnetCli.RepositoryRoot}/", "-nodeReuse:false");

            var summary = Summary().Match(printed);
            Assert.True(summary.Success, printed);
            Assert.Equal("0", summary.Groups["failed"].Value);
            // The conformance kit's six, the first feature's two and its JSON contracts' one.
            Assert.True(int.Parse(summary.Groups["passed"].Value) >= 9, printed);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [GeneratedRegex(@"Passed!\s+-\s+Failed:\s+(?<failed>\d+),\s+Passed:\s+(?<passed>\d+)")]
    private static partial Regex Summary();
}
