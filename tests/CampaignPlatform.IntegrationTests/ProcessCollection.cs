namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Tests whose hosts and builds are processes of their own (<see cref="HostProcess"/>, <see cref="DotnetCli"/>): they
/// share nothing with the hosts of <see cref="HostCollection"/>, so they run beside it, one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ProcessCollection
{
    public const string Name = "processes";
}
