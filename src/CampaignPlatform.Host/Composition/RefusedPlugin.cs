namespace CampaignPlatform.Host.Composition;

/// <summary>A folder under <c>plugins/</c> that the host did not load, and why; the host starts without it.</summary>
public sealed record RefusedPlugin(string Folder, string Reason)
{
    public string Message => $"Plugin '{Folder}' was not loaded: {Reason}.";
}
