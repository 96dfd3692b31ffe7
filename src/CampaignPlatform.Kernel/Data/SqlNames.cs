using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Kernel.Data;

/// <summary>
/// Names for hand-written set-based SQL, as the module's model maps them: a table is <c>"{module}_{table}"</c> on
/// SQLite and <c>"{module}"."{table}"</c> on PostgreSQL (see <see cref="ModuleDbContext"/>), quoted for both.
/// </summary>
public static class SqlNames
{
    public static string TableOf<TEntity>(this DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped by {db.GetType().Name}.");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no table.");
        return entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table}\"" : $"\"{table}\"";
    }
}
