namespace Platform.Catalogue.Windows;

public sealed record WindowInput(string? Number, string? Name, WindowKind? Kind,
    IReadOnlyList<string>? DepartmentCodes);
