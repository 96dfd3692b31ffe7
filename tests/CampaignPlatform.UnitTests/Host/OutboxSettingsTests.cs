using CampaignPlatform.Host.Messaging;
using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Messaging;
using CampaignPlatform.Kernel.Rectification;
using Microsoft.Extensions.Configuration;

namespace CampaignPlatform.UnitTests.Host;

public sealed class OutboxSettingsTests
{
    private static OutboxSettings Settings(params (string Key, string Value)[] values) =>
        OutboxSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build());

    [Fact]
    public void Without_configuration_the_dispatcher_polls_every_second_and_claims_for_a_minute()
    {
        var settings = Settings();
        Assert.Equal(TimeSpan.FromSeconds(1), settings.PollInterval);
        Assert.Equal(TimeSpan.FromMinutes(1), settings.Lease);
        Assert.Equal(10, settings.MaxAttempts);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(10, 2560)]
    [InlineData(11, 3600)]
    [InlineData(40, 3600)]
    public void The_back_off_doubles_with_each_failed_attempt_up_to_an_hour(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Settings().RetryAfter(attempts));

    [Fact]
    public void The_first_retry_is_configurable() =>
        Assert.Equal(TimeSpan.FromSeconds(2), Settings(("Outbox:FirstRetryAfter", "00:00:01")).RetryAfter(2));
}

public sealed class DurableMessageTypesTests
{
    [Fact]
    public void The_kernels_durable_messages_are_found_by_the_name_the_outbox_stores()
    {
        var types = new DurableMessageTypes([]);
        var problem = new ProblemFound("rural-upkeep", "inspection:1:A1", Guid.NewGuid(), null, "三堆清理", "柴草乱堆", ProblemSeverity.Normal, null, 7);

        var row = OutboxMessage.For(problem, DateTimeOffset.UnixEpoch);

        Assert.Equal(typeof(ProblemFound), types.Find(row.MessageType));
        Assert.Equal(typeof(EvidenceRecorded), types.Find(typeof(EvidenceRecorded).FullName!));
        Assert.Equal(typeof(ExposureRecorded), types.Find(typeof(ExposureRecorded).FullName!));
        Assert.Null(types.Find("CampaignPlatform.Kernel.Access.AuditRecorded"));
    }

    [Fact]
    public void A_message_comes_out_of_the_outbox_as_it_went_in()
    {
        var evidence = new EvidenceRecorded("hygiene", "disinfection:7", Guid.NewGuid(), ["5.1", "5.3"], "农贸市场消毒 120 m²", new DateOnly(2026, 6, 9));

        var row = OutboxMessage.For(evidence, DateTimeOffset.UnixEpoch);
        var back = (EvidenceRecorded)System.Text.Json.JsonSerializer.Deserialize(row.Payload, new DurableMessageTypes([]).Find(row.MessageType)!)!;

        Assert.Equal(evidence with { IndicatorCodes = back.IndicatorCodes }, back);
        Assert.Equal(evidence.IndicatorCodes, back.IndicatorCodes);
        Assert.Equal(row.EnqueuedAt, row.NextAttemptAt);
        Assert.Null(row.DeliveredAt);
    }
}
