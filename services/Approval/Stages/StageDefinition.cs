namespace Platform.Approval.Stages;

/// <summary>
/// How a stage runs in this hall: its lead department (牵头部门), the catalogue matters that take part (one per
/// department), and the materials that may be accepted missing against a promise (容缺受理材料清单). The stage's
/// material list is the union of its matters' lists.
/// </summary>
public sealed class StageDefinition
{
    public int Stage { get; set; }
    public required string LeadDepartmentCode { get; set; }
    public List<string> MatterCodes { get; set; } = [];
    public List<string> Deferrable { get; set; } = [];

    /// <summary>Working days the applicant has to supply deferred materials (容缺补齐期限).</summary>
    public int DeferredWorkingDays { get; set; } = 10;

    public DateTimeOffset UpdatedAt { get; set; }
}
