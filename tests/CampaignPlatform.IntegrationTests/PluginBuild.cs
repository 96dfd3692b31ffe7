namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Builds a module project on its own with <c>dotnet build</c>, as someone shipping a plugin would, into a folder laid
/// out as <c>plugins/{folder}/</c> expects. Intermediate files go to a private artifacts folder, so the build never
/// touches the repository's own bin and obj, whatever properties it is given.
/// </summary>
public static class PluginBuild
{
    public static string RepositoryRoot => DotnetCli.RepositoryRoot;

    public static Task BuildAsync(string projectPath, string outputDirectory, string artifactsDirectory, params string[] properties) =>
        DotnetCli.RunAsync(TimeSpan.FromMinutes(10),
        [
            "build", Path.Combine(RepositoryRoot, projectPath), "-c", "Release", "-o", outputDirectory,
            "--artifacts-path", artifactsDirectory, "-nodeReuse:false", "-v:q", .. properties.Select(p => $"-p:{p}"),
        ]);
}
