using CampaignPlatform.Host.Composition;
using CampaignPlatform.Modules.Enablement;

namespace CampaignPlatform.UnitTests.Host;

public sealed class PipelineOrderTests
{
    [Fact]
    public void Delivery_of_durable_messages_then_logging_then_permission_then_enablement_then_validation()
    {
        var order = PlatformServices.PipelineBehaviorsInOrder([typeof(PlatformServices).Assembly, typeof(EnablementModule).Assembly])
            .Select(t => t.Name.Split('`')[0])
            .ToList();
        Assert.Equal(["DeliverAfterRequestBehavior", "LoggingBehavior", "PermissionBehavior", "ModuleEnablementBehavior", "ValidationBehavior"], order);
    }
}
