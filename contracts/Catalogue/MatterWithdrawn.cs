namespace Platform.Contracts.Catalogue;

/// <summary>A published matter was suspended or cancelled; Status is "suspended" or "cancelled".</summary>
public sealed record MatterWithdrawn(
    string Code,
    int Version,
    string Status,
    string Reason,
    DateTimeOffset WithdrawnAt);
