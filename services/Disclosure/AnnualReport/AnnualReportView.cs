namespace Platform.Disclosure.AnnualReport;

public sealed record AnnualReportView(
    int Year,
    string Organ,
    Section2 Section2,
    Section3 Section3,
    Section4 Section4,
    Narrative Narrative);
