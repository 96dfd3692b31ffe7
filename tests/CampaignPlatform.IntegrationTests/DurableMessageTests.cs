using System.Net;
using System.Text.Json;
using CampaignPlatform.Host.Messaging;
using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Messaging;
using CampaignPlatform.Kernel.Rectification;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Durable messages through the real host: a problem an inspection finds is stored in rural upkeep's outbox with the
/// inspection; when its delivery fails the message stays, visible on <c>/health</c>, and is delivered once the consumer
/// recovers; delivered again, it opens nothing twice.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class DurableMessageTests : IDisposable
{
    private const string RuralUpkeep = "rural_upkeep";
    private readonly ConsumerFault _fault = new();
    private readonly PlatformFactory _factory;
    private readonly HttpClient _client;

    public DurableMessageTests()
    {
        _factory = new PlatformFactory(settings: new Dictionary<string, string?>
        {
            ["Outbox:FirstRetryAfter"] = "00:00:01",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Outbox:PurgeInterval"] = "00:00:00.200",
        })
        {
            TestServices = services =>
            {
                services.AddSingleton(_fault);
                services.AddScoped<INotificationHandler<ProblemFound>, FaultyProblemConsumer>();
            },
        };
        _client = _factory.CreateClient();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_problem_whose_delivery_fails_waits_in_the_outbox_shows_on_health_and_is_delivered_once_the_consumer_recovers()
    {
        _fault.Failing = true;
        var inspection = await InspectWithOneFailure();
        var reference = $"inspection:{inspection}:{await FirstTemplateCode()}";

        var failed = await Http.Eventually(() => OutboxRow(reference), r => r is { Attempts: > 0 }, what: "the failed attempt is recorded");
        Assert.Null(failed!.DeliveredAt);
        Assert.Contains("消费者暂时不可用", failed.LastError, StringComparison.Ordinal);
        Assert.True(failed.NextAttemptAt > failed.EnqueuedAt, "a failed row waits for its back-off");
        var health = await Health();
        Assert.Equal("Degraded", health.GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString());
        Assert.Contains(RuralUpkeep, health.GetProperty("checks").GetProperty("outbox").GetProperty("description").GetString(), StringComparison.Ordinal);

        _fault.Failing = false;
        var delivered = await Http.Eventually(() => OutboxRow(reference), r => r?.DeliveredAt is not null, what: "the retry delivers it");
        Assert.True(delivered!.Attempts >= 1);
        Assert.Equal(1, await ItemsWithReference(reference));
        Assert.Equal("Healthy", (await Health()).GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString());
        // The evidence of the inspection went through the same outbox without fault.
        Assert.Single((await _client.GetJson("/api/assessment/indicators/3.6/evidence")).Items(),
            e => e.GetProperty("sourceReference").GetString() == $"inspection:{inspection}");
    }

    [Fact]
    public async Task Messages_delivered_again_open_no_second_item_and_file_no_second_evidence()
    {
        var inspection = await InspectWithOneFailure();
        var reference = $"inspection:{inspection}:{await FirstTemplateCode()}";
        // Delivered when the request finished, before the response: the item is there at once.
        Assert.Equal(1, await ItemsWithReference(reference));
        Assert.NotNull((await OutboxRow(reference))!.DeliveredAt);
        var evidenceBefore = (await _client.GetJson("/api/assessment/indicators/3.6/evidence")).GetArrayLength();

        // As after a crash between delivering and marking: every row of the module's outbox is undelivered again.
        await WithOutbox(db => db.Outbox.ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, (DateTimeOffset?)null)));
        await Http.Eventually(() => WithOutbox(db => db.Outbox.CountAsync(m => m.DeliveredAt == null)), n => n == 0, what: "the dispatcher delivers them again");

        Assert.Equal(1, await ItemsWithReference(reference));
        Assert.Equal(evidenceBefore, (await _client.GetJson("/api/assessment/indicators/3.6/evidence")).GetArrayLength());
    }

    [Fact]
    public async Task Delivered_messages_are_deleted_after_a_week_while_newer_and_given_up_ones_stay()
    {
        var inspection = await InspectWithOneFailure();
        var reference = $"inspection:{inspection}:{await FirstTemplateCode()}";
        var problem = (await OutboxRow(reference))!;
        var now = DateTimeOffset.UtcNow;
        var givenUp = await WithOutbox(async db =>
        {
            // Every other delivered row six days old (kept), the problem's eight (deleted), and a dead letter older still.
            await db.Outbox.Where(m => m.DeliveredAt != null).ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, now.AddDays(-6)));
            await db.Outbox.Where(m => m.Id == problem.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, now.AddDays(-8)));
            var deadLetter = new OutboxMessage
            {
                MessageType = typeof(ProblemFound).FullName!, Payload = "{}", EnqueuedAt = now.AddDays(-30), NextAttemptAt = now.AddDays(-29),
                Attempts = 10, LastError = "gave up", GaveUpAt = now.AddDays(-29),
            };
            db.Outbox.Add(deadLetter);
            await db.SaveChangesAsync();
            return deadLetter.Id;
        });
        var kept = await WithOutbox(db => db.Outbox.CountAsync(m => m.Id != problem.Id));

        await Http.Eventually(() => WithOutbox(db => db.Outbox.AnyAsync(m => m.Id == problem.Id)), any => !any, what: "the week-old delivered row is deleted");

        Assert.Equal(kept, await WithOutbox(db => db.Outbox.CountAsync()));
        Assert.True(await WithOutbox(db => db.Outbox.AnyAsync(m => m.Id == givenUp)), "a given-up message stays for someone to look at");
        Assert.Equal(1, await ItemsWithReference(reference));
    }

    [Fact]
    public async Task The_purge_looks_only_for_rows_delivered_longer_ago_than_the_outbox_keeps_them()
    {
        var inspection = await InspectWithOneFailure();
        var reference = $"inspection:{inspection}:{await FirstTemplateCode()}";
        await Http.Eventually(() => OutboxRow(reference), r => r?.DeliveredAt is not null, what: "the problem is delivered");
        var now = DateTimeOffset.UtcNow;
        await WithOutbox(db => db.Outbox.Where(m => m.DeliveredAt != null).ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, now.AddDays(-6))));
        var context = await WithOutbox(db => Task.FromResult(db.GetType()));

        // Delivered rows within the week are there at almost every start: the look must not send the purge (and the
        // module's EF model it builds) after them.
        var (_, purgeable) = await _factory.Services.GetRequiredService<OutboxDelivery>().LookAsync(context, CancellationToken.None);

        Assert.False(purgeable);
        Assert.True(await WithOutbox(db => db.Outbox.AnyAsync(m => m.DeliveredAt != null)), "delivered rows are kept for the week");
    }

    private async Task<Guid> InspectWithOneFailure()
    {
        var township = await DemoCity.TownshipId(_client, "青石镇");
        var village = (await _client.GetJson($"/api/org/townships/{township}/villages"))[0].GetProperty("id").GetGuid();
        var codes = await TemplateCodes();
        var results = codes.Select((code, i) => new { code, passed = i != 0, note = i == 0 ? "垃圾堆放未清" : null });
        using var response = await _client.PostJson("/api/rural-upkeep/inspections",
            new { villageId = village, inspectedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), inspector = "王检查", results });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    private async Task<string> FirstTemplateCode() => (await TemplateCodes())[0];

    private async Task<List<string>> TemplateCodes() =>
        (await _client.GetJson("/api/rural-upkeep/template")).Items().Select(t => t.GetProperty("code").GetString()!).ToList();

    private async Task<int> ItemsWithReference(string reference) =>
        (await _client.GetJson("/api/rectification/items?module=rural-upkeep&pageSize=200")).GetProperty("items").Items()
        .Count(i => i.GetProperty("sourceReference").GetString() == reference);

    private async Task<JsonElement> Health()
    {
        using var response = await _factory.CreateAnonymousClient().GetAsync("/health");
        return await response.ReadJson();
    }

    private Task<OutboxMessage?> OutboxRow(string reference) =>
        WithOutbox(async db => (await db.Outbox.AsNoTracking().Where(m => m.MessageType == typeof(ProblemFound).FullName).ToListAsync())
            .SingleOrDefault(m => m.Payload.Contains(reference, StringComparison.Ordinal)));

    private async Task<T> WithOutbox<T>(Func<ModuleDbContext, Task<T>> use)
    {
        using var scope = _factory.Services.CreateScope();
        var storage = scope.ServiceProvider.GetRequiredService<PlatformStorage>();
        var db = storage.ContextTypes.Select(t => (ModuleDbContext)scope.ServiceProvider.GetRequiredService(t)).Single(d => d.StorageName == RuralUpkeep);
        return await use(db);
    }

    /// <summary>Whether <see cref="FaultyProblemConsumer"/> fails: a consumer that is down for a while.</summary>
    public sealed class ConsumerFault
    {
        private volatile bool _failing;

        public bool Failing
        {
            get => _failing;
            set => _failing = value;
        }
    }

    private sealed class FaultyProblemConsumer(ConsumerFault fault) : INotificationHandler<ProblemFound>
    {
        public Task Handle(ProblemFound notification, CancellationToken cancellationToken) =>
            fault.Failing ? throw new InvalidOperationException("消费者暂时不可用 (the consumer is down)") : Task.CompletedTask;
    }
}
