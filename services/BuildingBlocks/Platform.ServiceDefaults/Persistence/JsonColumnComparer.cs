using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>Compares by content, so changing an element of the list marks the row modified.</summary>
public sealed class JsonColumnComparer<T>() : ValueComparer<T>(
    (left, right) => JsonSerializer.Serialize(left, JsonSerializerOptions.Web)
        == JsonSerializer.Serialize(right, JsonSerializerOptions.Web),
    value => JsonSerializer.Serialize(value, JsonSerializerOptions.Web).GetHashCode(),
    value => JsonSerializer.Deserialize<T>(
        JsonSerializer.Serialize(value, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!);
