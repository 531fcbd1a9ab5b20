using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.ServiceDefaults.Persistence;

public static class JsonColumns
{
    /// <summary>Stores the property as one JSON text column, compared by content.</summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) =>
        property.HasConversion(new JsonColumnConverter<T>(), new JsonColumnComparer<T>());
}
