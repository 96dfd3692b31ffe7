using System.Diagnostics;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Builds a module project on its own with <c>dotnet build</c>, as someone shipping a plugin would, into a folder laid
/// out as <c>plugins/{folder}/</c> expects. Intermediate files go to a private artifacts folder, so the build never
/// touches the repository's own bin and obj, whatever properties it is given.
/// </summary>
public static class PluginBuild
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static async Task BuildAsync(string projectPath, string outputDirectory, string artifactsDirectory, params string[] properties)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", Path.Combine(RepositoryRoot, projectPath), "-c", "Release", "-o", outputDirectory,
                     "--artifacts-path", artifactsDirectory, "-nodeReuse:false", "-v:q" }.Concat(properties.Select(p => $"-p:{p}")))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"dotnet build {projectPath} failed:\n{await output}\n{await errors}");
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CampaignPlatform.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CampaignPlatform.sln not found above the test output.");
    }
}
