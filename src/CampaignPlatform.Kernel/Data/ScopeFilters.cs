using System.Linq.Expressions;
using CampaignPlatform.Kernel.Access;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Kernel.Data;

/// <summary>
/// Turns the ownership markers of a module's entities into EF Core query filters over the current actor's
/// <see cref="IDataScope"/>: the one place where "nobody sees what is not theirs" is enforced for reads by id and
/// for lists alike. Background jobs and city roles have an unrestricted scope, so the filters pass everything.
/// </summary>
internal static class ScopeFilters
{
    public static void Apply(ModelBuilder modelBuilder, ModuleDbContext context)
    {
        var scope = Expression.Property(Expression.Constant(context), nameof(ModuleDbContext.Scope));
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.BaseType is null && !e.IsOwned()).ToList())
        {
            var clr = entity.ClrType;
            var row = Expression.Parameter(clr, "row");
            Expression? filter = null;
            if (typeof(ITownshipOwned).IsAssignableFrom(clr))
            {
                filter = And(filter, InSet(row, "TownshipId", scope, nameof(IDataScope.AllTownships), nameof(IDataScope.TownshipIds), nullIsVisible: true));
            }

            if (typeof(IVillageOwned).IsAssignableFrom(clr))
            {
                filter = And(filter, InSet(row, "VillageId", scope, nameof(IDataScope.AllVillages), nameof(IDataScope.VillageIds), nullIsVisible: false));
            }

            if (typeof(IUnitOwned).IsAssignableFrom(clr))
            {
                var unit = Property(row, row.Type.GetProperty("ResponsibleUnitId") is null ? "UnitId" : "ResponsibleUnitId");
                filter = And(filter, Expression.OrElse(
                    Expression.Property(scope, typeof(IDataScope).GetProperty(nameof(IDataScope.AllUnits))!),
                    Expression.Equal(unit, Expression.Convert(Expression.Property(scope, typeof(IDataScope).GetProperty(nameof(IDataScope.UnitId))!), unit.Type))));
            }

            if (filter is not null)
            {
                modelBuilder.Entity(clr).HasQueryFilter(Expression.Lambda(filter, row));
            }
        }
    }

    /// <summary><c>scope.All || ids.Contains(row.Id)</c>, with a null id visible to all or to nobody.</summary>
    private static BinaryExpression InSet(ParameterExpression row, string propertyName, Expression scope, string all, string ids, bool nullIsVisible)
    {
        var id = Property(row, propertyName);
        var everything = Expression.Property(scope, typeof(IDataScope).GetProperty(all)!);
        var set = Expression.Convert(Expression.Property(scope, typeof(IDataScope).GetProperty(ids)!), typeof(IEnumerable<Guid>));
        Expression Contains(Expression value) => Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], set, value);
        if (id.Type == typeof(Guid))
        {
            return Expression.OrElse(everything, Contains(id));
        }

        var hasValue = Expression.NotEqual(id, Expression.Constant(null, id.Type));
        var within = Expression.AndAlso(hasValue, Contains(Expression.Property(id, nameof(Nullable<Guid>.Value))));
        return Expression.OrElse(everything, nullIsVisible ? Expression.OrElse(Expression.Not(hasValue), within) : within);
    }

    private static MemberExpression Property(ParameterExpression row, string name)
    {
        var property = row.Type.GetProperty(name);
        if (property is null || (property.PropertyType != typeof(Guid) && property.PropertyType != typeof(Guid?)))
        {
            throw new InvalidOperationException($"{row.Type.Name} is marked as owned by a scope but has no Guid property '{name}'.");
        }

        return Expression.Property(row, property);
    }

    private static Expression And(Expression? left, Expression right) => left is null ? right : Expression.AndAlso(left, right);
}
