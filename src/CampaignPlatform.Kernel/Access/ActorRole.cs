namespace CampaignPlatform.Kernel.Access;

/// <summary>The roles of the people who use the platform; each account has exactly one.</summary>
public enum ActorRole
{
    /// <summary>市级管理员: everything, including module enablement, accounts and the job dashboard.</summary>
    CityAdministrator,

    /// <summary>市级督查: reads everything; verifies and closes rectification items, records exposures.</summary>
    CitySupervisor,

    /// <summary>乡镇（街道）干部: one township — its villages, cases, inspections, sites, activities, items.</summary>
    TownshipOfficer,

    /// <summary>网格员: the villages of their grids — records inspections, logs, reports.</summary>
    GridWorker,

    /// <summary>责任单位干部: the rectification items and cases dispatched to their unit.</summary>
    UnitOfficer,
}

public static class ActorRoleLabels
{
    public static string Of(ActorRole role) => role switch
    {
        ActorRole.CityAdministrator => "市级管理员",
        ActorRole.CitySupervisor => "市级督查",
        ActorRole.TownshipOfficer => "乡镇（街道）干部",
        ActorRole.GridWorker => "网格员",
        _ => "责任单位干部",
    };
}
