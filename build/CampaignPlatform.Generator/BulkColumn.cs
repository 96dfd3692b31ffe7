using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CampaignPlatform.Generator;

/// <summary>One column a bulk write fills, as the module's EF model stores it.</summary>
internal sealed record BulkColumn(string Name, RelationalTypeMapping Mapping, ValueConverter? Converter)
{
    /// <summary>The model-side type the converter takes, worked out once per column rather than once per value.</summary>
    private readonly Type? _modelType = Converter is null ? null : Nullable.GetUnderlyingType(Converter.ModelClrType) ?? Converter.ModelClrType;

    public static BulkColumn Of(IEntityType entity, StoreObjectIdentifier table, string propertyName)
    {
        var property = entity.FindProperty(propertyName)
            ?? throw new InvalidOperationException($"{entity.ClrType.Name} has no property {propertyName}: its table changed; update the generator.");
        var mapping = property.GetRelationalTypeMapping();
        return new BulkColumn(property.GetColumnName(table)!, mapping, property.GetValueConverter() ?? mapping.Converter);
    }

    /// <summary>The value as the module's model stores it; a value already in the stored form (an enum's name) passes as it is.</summary>
    public object? ToStore(object? value) =>
        value is not null && _modelType == value.GetType() ? Converter!.ConvertToProvider(value) : value;

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
