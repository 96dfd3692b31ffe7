namespace CampaignPlatform.Kernel.Modules;

/// <summary>
/// Places a MediatR pipeline behaviour found in a module assembly in the host's pipeline.
/// Lower runs first: the delivery of durable messages (after everything else has finished), logging, then permission (role and scope of the actor), then access (module enablement), then validation.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PipelineStageAttribute(int order) : Attribute
{
    public int Order { get; } = order;
}

public static class PipelineStages
{
    public const int DurableMessageDelivery = -100;
    public const int Logging = 0;
    public const int Permission = 50;
    public const int Access = 100;
    public const int Validation = 200;
}
