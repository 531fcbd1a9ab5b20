namespace Platform.Contracts.Catalogue;

public sealed record DepartmentRegistered(string Code, string Name, DateTimeOffset RegisteredAt);
