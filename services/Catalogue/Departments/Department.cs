namespace Platform.Catalogue.Departments;

/// <summary>An implementing department (实施部门) with windows in the hall.</summary>
public sealed class Department
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
}
