using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.WorkingDays;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// Instants leave in the hall's offset (+08:00), whatever offset they were stored or computed in (the database gives
/// them back in UTC), so every answer shows the same instant the same way and a person reads hall time directly.
/// Reading accepts any ISO-8601 offset; the instant is kept as sent.
/// </summary>
public sealed class HallOffsetInstantConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert,
        JsonSerializerOptions options) => reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToOffset(HallTime.Offset));
}
