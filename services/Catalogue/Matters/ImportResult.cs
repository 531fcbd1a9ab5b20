namespace Platform.Catalogue.Matters;

public sealed record ImportResult(int Imported, int Created, int Updated, int Unchanged);
