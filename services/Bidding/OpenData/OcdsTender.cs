namespace Platform.Bidding.OpenData;

/// <summary>
/// The tender as it stood at the release's date. Tenderers and their number are null until the opening: before it
/// the hall must not tell who bid (招标投标法 第二十二条).
/// </summary>
public sealed record OcdsTender(string Id, string Title, string Status, string ProcurementMethod,
    string ProcurementMethodDetails, string MainProcurementCategory,
    IReadOnlyList<string>? AdditionalProcurementCategories, OcdsValue Value, OcdsPeriod TenderPeriod,
    int? NumberOfTenderers, IReadOnlyList<OcdsOrganizationReference>? Tenderers, IReadOnlyList<OcdsDocument> Documents,
    IReadOnlyList<OcdsAmendment>? Amendments, string? Description);
