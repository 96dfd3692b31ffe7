using Microsoft.Extensions.Primitives;

namespace CampaignPlatform.Host.Composition;

/// <summary>
/// The endpoints of a minimal-API data source, built once when made and kept (see <see cref="PlatformEndpoints.BuildOnce"/>):
/// such a source never changes after mapping, so its change token never fires and the same endpoints serve every reader.
/// </summary>
internal sealed class BuiltEndpoints(EndpointDataSource source) : EndpointDataSource
{
    private readonly IReadOnlyList<Endpoint> _endpoints = source.Endpoints;

    public override IReadOnlyList<Endpoint> Endpoints => _endpoints;

    public override IChangeToken GetChangeToken() => source.GetChangeToken();
}
