using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>A small value stored as one JSON text column (a list of materials, a list of codes).</summary>
public sealed class JsonColumnConverter<T>() : ValueConverter<T, string>(
    value => JsonSerializer.Serialize(value, JsonSerializerOptions.Web),
    json => JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web)!);
