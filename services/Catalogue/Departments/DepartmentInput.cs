namespace Platform.Catalogue.Departments;

public sealed record DepartmentInput(string? Code, string? Name);
