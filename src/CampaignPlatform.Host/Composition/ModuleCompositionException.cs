namespace CampaignPlatform.Host.Composition;

/// <summary>The installed modules cannot work together; start-up stops with this message.</summary>
public sealed class ModuleCompositionException(string message) : Exception(message);
