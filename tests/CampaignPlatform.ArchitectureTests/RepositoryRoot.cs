namespace CampaignPlatform.ArchitectureTests;

/// <summary>The repository's root: the folder above the test output that holds CampaignPlatform.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "CampaignPlatform.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CampaignPlatform.sln not found above the test output.");
    }
}
