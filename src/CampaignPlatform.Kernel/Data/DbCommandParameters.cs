using System.Data.Common;

namespace CampaignPlatform.Kernel.Data;

/// <summary>Parameters on a plain ADO.NET command, the same way for SQLite and PostgreSQL (both take <c>@name</c>).</summary>
public static class DbCommandParameters
{
    public static DbCommand WithParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return command;
    }
}
