using Platform.ServiceDefaults.Persistence;

namespace Platform.Supervision.Data;

/// <summary>
/// Supervision's read model of one stage of a parallel approval, built only from approval's events. Events of one
/// stage may arrive in any order (a task decided before the stage's acceptance after a redelivery): each fills in its
/// own part. Every event of the stage bumps its stamp, so two of them applied at once cannot both win.
/// </summary>
public sealed class SupervisedStage : IConcurrencyStamped
{
    public required string StageNo { get; set; }
    public string? ProjectCode { get; set; }

    /// <summary>1 立项用地规划许可 … 4 竣工验收; 0 until an event that names it arrives.</summary>
    public int Stage { get; set; }

    public string? LeadDepartmentCode { get; set; }
    public DateOnly? AcceptedDate { get; set; }
    public DateOnly? DueDate { get; set; }
    public bool DueDateProvisional { get; set; }
    public DateOnly? CompletedDate { get; set; }
    public int? WorkingDaysUsed { get; set; }
    public int? LimitDays { get; set; }
    public int? SerialWorkingDays { get; set; }
    public int? SavedWorkingDays { get; set; }
    public bool? OnTime { get; set; }
    public bool Refused { get; set; }
    public DateOnly? RefusedDate { get; set; }

    /// <summary>
    /// The latest supplement request and answer: the stage waits for the applicant while the request is the newer,
    /// whichever of the two arrived first.
    /// </summary>
    public DateTimeOffset? SupplementRequestedAt { get; set; }

    public DateTimeOffset? SupplementReceivedAt { get; set; }

    public int ConcurrencyStamp { get; set; }

    public bool SupplementPending =>
        SupplementRequestedAt is { } requested && (SupplementReceivedAt is not { } received || requested > received);
}
