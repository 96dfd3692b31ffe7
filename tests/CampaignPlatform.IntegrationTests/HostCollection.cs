namespace CampaignPlatform.IntegrationTests;

/// <summary>Hangfire's configuration is process-wide, so every test that starts a host runs in this one sequential collection.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostCollection
{
    public const string Name = "host";
}
