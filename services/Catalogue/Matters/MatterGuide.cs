namespace Platform.Catalogue.Matters;

/// <summary>The 办事指南 of one matter version: every element, public for published matters.</summary>
public sealed record MatterGuide(
    string Code, int Version, MatterStatus Status, DateOnly? EffectiveFrom, DateOnly? EffectiveTo,
    string Name, string Type, string TypeName, string DepartmentCode, string DepartmentName, HandlingKind HandlingKind,
    int? StatutoryLimitDays, int PromisedLimitDays, string LimitUnit, string? LegalBasis, string? ServiceObject,
    string? Conditions, IReadOnlyList<MaterialRequirement> Materials, string? Process, decimal? Fee, string? FeeBasis,
    int OnSiteVisits, int? OnlineDepth, string? Location, string? Hours, string? Phones,
    IReadOnlyList<string> IntakeLevels)
{
    public static MatterGuide Of(Matter matter)
    {
        var e = matter.Elements;
        return new MatterGuide(matter.Code, matter.Version, matter.Status, matter.EffectiveFrom, matter.EffectiveTo,
            e.Name, e.TypeCode, MatterTypes.Names[e.TypeCode], e.DepartmentCode, e.DepartmentName, e.HandlingKind,
            e.StatutoryLimitDays, e.PromisedLimitDays, Matter.LimitUnit, e.LegalBasis, e.ServiceObject, e.Conditions,
            e.Materials, e.Process, e.Fee, e.FeeBasis, e.OnSiteVisits, e.OnlineDepth, e.Location, e.Hours, e.Phones,
            e.IntakeLevels);
    }
}
