using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// Instants are stored in UTC: PostgreSQL's timestamptz takes only offset 0, and the hall's own times carry +08:00.
/// Read back, they are the same instants (shown in UTC).
/// </summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
