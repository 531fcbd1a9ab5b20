using Platform.ServiceDefaults.Persistence;

namespace Platform.Supervision.Ratings;

/// <summary>
/// A 差评 (rating ≤ 2) to be put right (整改) by its department before a deadline counted in working days;
/// closed with what was done.
/// </summary>
public sealed class Rectification : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string CaseNo { get; set; }
    public required string DepartmentCode { get; set; }
    public string? WindowNo { get; set; }
    public int Score { get; set; }
    public string? Category { get; set; }
    public string? Comment { get; set; }
    public DateOnly OpenedDate { get; set; }
    public DateOnly DeadlineDate { get; set; }
    public bool DeadlineProvisional { get; set; }
    public DateOnly? ClosedDate { get; set; }
    public string? Resolution { get; set; }
    public string? ClosedBy { get; set; }
    public int ConcurrencyStamp { get; set; }
}
