namespace Platform.Catalogue.Matters;

public enum MatterStatus
{
    Draft,
    Published,
    Suspended,
    Cancelled,
}

public enum HandlingKind
{
    /// <summary>即办件: decided on the spot; its promised limit is 0.</summary>
    Instant,

    /// <summary>承诺件: decided within the promised limit.</summary>
    Promised,
}

/// <summary>A required material (申请材料): form original/copy, medium paper/electronic.</summary>
public sealed record MaterialRequirement(string Name, bool Required = true, string Form = "original", string Medium = "paper", int Copies = 1);

/// <summary>
/// The implementation-list elements (实施清单要素) of DESIGN §6 that an administrator edits. Two versions with equal
/// elements are the same matter: re-importing it changes nothing.
/// </summary>
public sealed record MatterElements
{
    public required string Name { get; init; }
    public required string TypeCode { get; init; }
    public required string DepartmentCode { get; init; }
    public required string DepartmentName { get; init; }
    public HandlingKind HandlingKind { get; init; }
    public int? StatutoryLimitDays { get; init; }
    public int PromisedLimitDays { get; init; }
    public string? LegalBasis { get; init; }
    public string? ServiceObject { get; init; }
    public string? Conditions { get; init; }
    public IReadOnlyList<MaterialRequirement> Materials { get; init; } = [];
    public string? Process { get; init; }
    public decimal? Fee { get; init; }
    public string? FeeBasis { get; init; }
    public int OnSiteVisits { get; init; } = 1;
    public int? OnlineDepth { get; init; }
    public string? Location { get; init; }
    public string? Hours { get; init; }
    public string? Phones { get; init; }

    public bool SameAs(MatterElements other) =>
        this with { Materials = [] } == other with { Materials = [] } && Materials.SequenceEqual(other.Materials);
}

/// <summary>One version of a matter. The current version of a code carries IsCurrent; older ones keep their history.</summary>
public sealed class Matter
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int Version { get; set; }
    public MatterStatus Status { get; set; }
    public bool IsCurrent { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string? StatusReason { get; set; }
    public required MatterElements Elements { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Limits are counted in working days (DESIGN §4); the unit is kept explicit for the 办事指南.</summary>
    public const string LimitUnit = "working-days";
}
