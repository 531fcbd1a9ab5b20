namespace Platform.Catalogue.Matters;

/// <summary>What a matter's entry in a search result shows.</summary>
public sealed record MatterSummary(string Code, string Name, string Type, string TypeName, string DepartmentCode,
    string DepartmentName, HandlingKind HandlingKind, int? StatutoryLimitDays, int PromisedLimitDays, int OnSiteVisits,
    IReadOnlyList<string> IntakeLevels);
