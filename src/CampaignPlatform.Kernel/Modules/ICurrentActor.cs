namespace CampaignPlatform.Kernel.Modules;

/// <summary>Who is doing what is being done: a signed-in user, or the system when a background check runs.</summary>
public interface ICurrentActor
{
    string Name { get; }
}
