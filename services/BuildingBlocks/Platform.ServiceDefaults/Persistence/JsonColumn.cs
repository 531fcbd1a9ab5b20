using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>A small value stored as one JSON text column (a list of materials, a list of codes).</summary>
public sealed class JsonColumnConverter<T>() : ValueConverter<T, string>(
    value => JsonSerializer.Serialize(value, JsonSerializerOptions.Web),
    json => JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web)!);

/// <summary>Compares by content, so changing an element of the list marks the row modified.</summary>
public sealed class JsonColumnComparer<T>() : ValueComparer<T>(
    (left, right) => JsonSerializer.Serialize(left, JsonSerializerOptions.Web) == JsonSerializer.Serialize(right, JsonSerializerOptions.Web),
    value => JsonSerializer.Serialize(value, JsonSerializerOptions.Web).GetHashCode(),
    value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!);

/// <summary>
/// Instants are stored in UTC: PostgreSQL's timestamptz takes only offset 0, and the hall's own times carry +08:00.
/// Read back, they are the same instants (shown in UTC).
/// </summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);

public static class InstantConventions
{
    public static void StoreInstantsInUtc(this Microsoft.EntityFrameworkCore.ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        configuration.Properties<DateTimeOffset?>().HaveConversion<UtcInstantConverter>();
    }
}
