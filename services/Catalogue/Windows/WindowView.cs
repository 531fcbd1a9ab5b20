namespace Platform.Catalogue.Windows;

public sealed record WindowView(string Number, string Name, WindowKind Kind, IReadOnlyList<string> DepartmentCodes,
    string? PointCode);
