using CampaignPlatform.Kernel.Organisation;
using MediatR;

namespace CampaignPlatform.Modules.Rectification.Items;

/// <summary>Names of townships, villages and units for display, fetched once per request through the kernel's queries.</summary>
internal sealed class OrgNames
{
    private readonly Dictionary<Guid, string> _townships;
    private readonly Dictionary<Guid, string> _villages;
    private readonly Dictionary<Guid, string> _units;

    private OrgNames(Dictionary<Guid, string> townships, Dictionary<Guid, string> villages, Dictionary<Guid, string> units)
    {
        _townships = townships;
        _villages = villages;
        _units = units;
    }

    public static async Task<OrgNames> LoadAsync(IMediator mediator, IEnumerable<Guid> townshipIdsWithVillages, CancellationToken ct)
    {
        var townships = (await mediator.Send(new ListTownships(IncludeRetired: true), ct)).ToDictionary(t => t.Id, t => t.Name);
        var ids = townshipIdsWithVillages.Distinct().ToList();
        var villages = ids.Count == 0
            ? []
            : (await mediator.Send(new ListVillages(ids), ct)).ToDictionary(v => v.Id, v => v.Name);
        var units = (await mediator.Send(new ListUnits(), ct)).ToDictionary(u => u.Id, u => u.Name);
        return new OrgNames(townships, villages, units);
    }

    public string Township(Guid id) => _townships.GetValueOrDefault(id, "");

    public string? Village(Guid? id) => id is { } v ? _villages.GetValueOrDefault(v) : null;

    public string? Unit(Guid? id) => id is { } u ? _units.GetValueOrDefault(u) : null;
}
