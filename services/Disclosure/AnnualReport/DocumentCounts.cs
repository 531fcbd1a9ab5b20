namespace Platform.Disclosure.AnnualReport;

public sealed record DocumentCounts(int Issued, int Abolished, int InForce);
