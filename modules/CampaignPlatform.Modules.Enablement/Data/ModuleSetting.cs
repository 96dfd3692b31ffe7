namespace CampaignPlatform.Modules.Enablement.Data;

/// <summary>The switch of one module in one township, once someone has set it.</summary>
internal sealed class ModuleSetting
{
    public Guid TownshipId { get; set; }
    public required string ModuleId { get; set; }
    public bool Enabled { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public required string ChangedBy { get; set; }

    /// <summary>Concurrency token: of two administrators switching at once, the second is refused, not lost.</summary>
    public int Version { get; set; }
}

/// <summary>One change of a switch: when, by whom, old → new.</summary>
internal sealed class ModuleSettingChange
{
    public long Id { get; set; }
    public Guid TownshipId { get; set; }
    public required string ModuleId { get; set; }
    public bool OldEnabled { get; set; }
    public bool NewEnabled { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public required string ChangedBy { get; set; }
    public string? Reason { get; set; }
}
