using Platform.ServiceDefaults.Persistence;

namespace Platform.Supervision.Warnings;

/// <summary>
/// A yellow or red warning on one case. Status: active → cleared (the case completed), or active → appealed (申诉) →
/// upheld / revoked by a supervisor. Every step is kept in the audit trail.
/// </summary>
public sealed class Warning : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string CaseNo { get; set; }
    public required string DepartmentCode { get; set; }
    public required string Level { get; set; }
    public DateOnly DueDate { get; set; }
    public bool DueDateProvisional { get; set; }
    public DateOnly RaisedDate { get; set; }
    public required string Status { get; set; }
    public DateOnly? ClearedDate { get; set; }
    public List<WarningAudit> Trail { get; set; } = [];
    public int ConcurrencyStamp { get; set; }

    public bool IsLive => Status is "active" or "appealed" or "upheld";
}
