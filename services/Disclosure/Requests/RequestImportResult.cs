namespace Platform.Disclosure.Requests;

public sealed record RequestImportResult(int Imported, int Skipped);
