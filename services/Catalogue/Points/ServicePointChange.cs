namespace Platform.Catalogue.Points;

/// <summary>What may change on a service point: its code, level and parent stay (other services key on them).</summary>
public sealed record ServicePointChange(string? Name, string? Address, string? Hours, string? Phone);
