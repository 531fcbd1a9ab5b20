namespace Platform.Catalogue.Matters;

/// <summary>What a matter's entry in a search result shows.</summary>
public sealed record MatterSummary(string Code, string Name, string Type, string TypeName, string DepartmentCode,
    string DepartmentName, HandlingKind HandlingKind, int? StatutoryLimitDays, int PromisedLimitDays, int OnSiteVisits);

/// <summary>The 办事指南 of one matter version: every element, public for published matters.</summary>
public sealed record MatterGuide(
    string Code, int Version, MatterStatus Status, DateOnly? EffectiveFrom, DateOnly? EffectiveTo,
    string Name, string Type, string TypeName, string DepartmentCode, string DepartmentName, HandlingKind HandlingKind,
    int? StatutoryLimitDays, int PromisedLimitDays, string LimitUnit, string? LegalBasis, string? ServiceObject,
    string? Conditions, IReadOnlyList<MaterialRequirement> Materials, string? Process, decimal? Fee, string? FeeBasis,
    int OnSiteVisits, int? OnlineDepth, string? Location, string? Hours, string? Phones)
{
    public static MatterGuide Of(Matter matter)
    {
        var e = matter.Elements;
        return new MatterGuide(matter.Code, matter.Version, matter.Status, matter.EffectiveFrom, matter.EffectiveTo,
            e.Name, e.TypeCode, MatterTypes.Names[e.TypeCode], e.DepartmentCode, e.DepartmentName, e.HandlingKind,
            e.StatutoryLimitDays, e.PromisedLimitDays, Matter.LimitUnit, e.LegalBasis, e.ServiceObject, e.Conditions,
            e.Materials, e.Process, e.Fee, e.FeeBasis, e.OnSiteVisits, e.OnlineDepth, e.Location, e.Hours, e.Phones);
    }
}

/// <summary>A matter as an administrator submits it (JSON); absent optional elements stay empty.</summary>
public sealed record MatterInput(
    string? Code, string? Name, string? Type, string? DepartmentCode, string? DepartmentName, HandlingKind? HandlingKind,
    int? StatutoryLimitDays, int? PromisedLimitDays, string? LegalBasis, string? ServiceObject, string? Conditions,
    IReadOnlyList<MaterialRequirement>? Materials, string? Process, decimal? Fee, string? FeeBasis, int? OnSiteVisits,
    int? OnlineDepth, string? Location, string? Hours, string? Phones)
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
    };
}

public sealed record WithdrawRequest(string? Reason);
