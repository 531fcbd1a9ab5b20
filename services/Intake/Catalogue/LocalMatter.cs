using Platform.Contracts.Catalogue;

namespace Platform.Intake.Catalogue;

/// <summary>
/// Intake's read model of a published matter, kept from the catalogue's events (never read from its tables).
/// </summary>
public sealed class LocalMatter
{
    public required string Code { get; set; }
    public int Version { get; set; }
    public required string Name { get; set; }
    public required string TypeCode { get; set; }
    public required string DepartmentCode { get; set; }
    public required string DepartmentName { get; set; }
    public required string HandlingKind { get; set; }
    public int? StatutoryLimitDays { get; set; }
    public int PromisedLimitDays { get; set; }
    public List<MatterMaterial> Materials { get; set; } = [];
    public bool Published { get; set; }

    /// <summary>
    /// The network levels that may take the matter in (镇村代办项目目录): "county" always, "town", "village".
    /// </summary>
    public List<string> IntakeLevels { get; set; } = ["county"];

    public bool IsInstant => HandlingKind == "instant";
}
