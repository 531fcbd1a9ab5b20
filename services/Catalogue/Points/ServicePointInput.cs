namespace Platform.Catalogue.Points;

/// <summary>A new service point as a catalogue administrator registers it.</summary>
public sealed record ServicePointInput(string? Code, string? Name, string? Level, string? ParentCode, string? Address,
    string? Hours, string? Phone);
