namespace Platform.Catalogue.Windows;

/// <summary>
/// A window of the hall and the departments whose matters it accepts; PointCode is the service point (county hall or
/// town centre) it stands in, null only while no county point is registered.
/// </summary>
public sealed class ServiceWindow
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public required string Name { get; set; }
    public WindowKind Kind { get; set; }
    public List<string> DepartmentCodes { get; set; } = [];
    public string? PointCode { get; set; }
}
