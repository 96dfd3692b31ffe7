using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.IntegrationTests;

public static class TestClocks
{
    /// <summary>Noon in the city (04:00 UTC) tomorrow, so no entry or check a test dates from it is near a city midnight.</summary>
    public static FakeTimeProvider NoonTomorrow()
    {
        var now = DateTimeOffset.UtcNow;
        return new FakeTimeProvider(new DateTimeOffset(now.Year, now.Month, now.Day, 4, 0, 0, TimeSpan.Zero).AddDays(1));
    }
}
