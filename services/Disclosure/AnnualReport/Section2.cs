namespace Platform.Disclosure.AnnualReport;

/// <summary>第二十条: the proactive-disclosure tables of section 2.</summary>
public sealed record Section2(
    DocumentCounts Rules,
    DocumentCounts NormativeDocuments,
    int Licensing,
    int Penalty,
    int Enforcement,
    decimal FeesWanYuan);
