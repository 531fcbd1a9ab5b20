namespace Platform.Catalogue.Windows;

public enum WindowKind
{
    /// <summary>综合窗口: accepts the matters of several departments (无差别受理).</summary>
    Comprehensive,

    /// <summary>专业窗口: one department's window.</summary>
    Department,
}

/// <summary>A window of the hall and the departments whose matters it accepts.</summary>
public sealed class ServiceWindow
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public required string Name { get; set; }
    public WindowKind Kind { get; set; }
    public List<string> DepartmentCodes { get; set; } = [];
}
