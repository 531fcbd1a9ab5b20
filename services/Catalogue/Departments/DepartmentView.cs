namespace Platform.Catalogue.Departments;

public sealed record DepartmentView(string Code, string Name, int PublishedMatters);
