namespace Platform.Catalogue.Matters;

/// <summary>A matter as an administrator submits it (JSON); absent optional elements stay empty.</summary>
public sealed record MatterInput(
    string? Code, string? Name, string? Type, string? DepartmentCode, string? DepartmentName,
    HandlingKind? HandlingKind, int? StatutoryLimitDays, int? PromisedLimitDays, string? LegalBasis,
    string? ServiceObject, string? Conditions, IReadOnlyList<MaterialRequirement>? Materials, string? Process,
    decimal? Fee, string? FeeBasis, int? OnSiteVisits, int? OnlineDepth, string? Location, string? Hours,
    string? Phones, IReadOnlyList<string>? IntakeLevels = null)
{
    public MatterElements ToElements() => new()
    {
        Name = Name?.Trim() ?? "",
        TypeCode = Type?.Trim() ?? "",
        DepartmentCode = DepartmentCode?.Trim() ?? "",
        DepartmentName = DepartmentName?.Trim() ?? "",
        HandlingKind = HandlingKind ?? Matters.HandlingKind.Promised,
        StatutoryLimitDays = StatutoryLimitDays,
        PromisedLimitDays = PromisedLimitDays ?? 0,
        LegalBasis = LegalBasis,
        ServiceObject = ServiceObject,
        Conditions = Conditions,
        Materials = Materials ?? [],
        Process = Process,
        Fee = Fee,
        FeeBasis = FeeBasis,
        OnSiteVisits = OnSiteVisits ?? 1,
        OnlineDepth = OnlineDepth,
        Location = Location,
        Hours = Hours,
        Phones = Phones,
        IntakeLevels = Points.PointLevels.Normalise(IntakeLevels),
    };
}
