namespace Platform.Catalogue.Matters;

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

    /// <summary>
    /// The levels of the service network that may take the matter in (镇村代办项目目录), in network order, always
    /// including the county hall (see <see cref="Points.PointLevels.Normalise"/>).
    /// </summary>
    public IReadOnlyList<string> IntakeLevels { get; init; } = [Points.PointLevels.County];

    public bool SameAs(MatterElements other) =>
        this with { Materials = [], IntakeLevels = [] } == other with { Materials = [], IntakeLevels = [] }
        && Materials.SequenceEqual(other.Materials) && IntakeLevels.SequenceEqual(other.IntakeLevels);
}
