namespace Platform.Catalogue.Windows;

/// <summary>A new window; PointCode (a county or town point) defaults to the county hall.</summary>
public sealed record WindowInput(string? Number, string? Name, WindowKind? Kind,
    IReadOnlyList<string>? DepartmentCodes, string? PointCode = null);
