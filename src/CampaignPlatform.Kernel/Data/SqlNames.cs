using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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

    /// <summary>
    /// How the model stores one property, for parameters of statements EF Core cannot write:
    /// <c>mapping.CreateParameter(command, name, value)</c> stores a Guid as text and an instant as UTC ticks on SQLite,
    /// as uuid and timestamptz on PostgreSQL, exactly as the property's column holds them.
    /// </summary>
    public static RelationalTypeMapping ColumnMappingOf<TEntity>(this DbContext db, string property) =>
        db.Model.FindEntityType(typeof(TEntity))?.FindProperty(property)?.GetRelationalTypeMapping()
        ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{property} is not mapped by {db.GetType().Name}.");
}
