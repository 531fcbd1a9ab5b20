namespace Platform.Disclosure.AnnualReport;

public sealed record AnnualFiguresImportResult(int Imported);
