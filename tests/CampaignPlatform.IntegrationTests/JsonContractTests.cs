namespace CampaignPlatform.IntegrationTests;

/// <summary>Each module's endpoint contracts come from its own source-generated JSON context (see <see cref="JsonContracts"/>).</summary>
[Collection(HostCollection.Name)]
public sealed class JsonContractTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void Every_module_type_an_endpoint_reads_or_writes_comes_from_that_modules_json_context()
    {
        var misses = JsonContracts.ServedByReflection(_factory.Services, out var checkedCount);
        Assert.True(checkedCount > 100, $"only {checkedCount} endpoint contracts found");
        Assert.True(misses.Count == 0, "Served by the reflection resolver, not the module's JSON context:\n" + string.Join("\n", misses));
    }
}
