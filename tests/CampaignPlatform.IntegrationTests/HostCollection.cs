namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Hangfire's configuration is process-wide, so every test that starts a host in this process is in this one collection,
/// whose tests run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostCollection
{
    public const string Name = "host";
}
