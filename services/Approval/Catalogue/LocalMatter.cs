using Platform.Contracts.Catalogue;

namespace Platform.Approval.Catalogue;

/// <summary>
/// Approval's read model of a published matter, kept from the catalogue's events (never read from its tables).
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

    public bool IsInstant => HandlingKind == "instant";
}
