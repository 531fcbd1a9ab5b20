namespace Platform.Supervision.Data;

/// <summary>
/// Supervision's read model of one case, built only from intake's events. Events of one case may arrive in any order
/// (a completion before its acceptance after a redelivery): each fills in its own part.
/// </summary>
public sealed class SupervisedCase
{
    public required string CaseNo { get; set; }
    public string? MatterCode { get; set; }
    public string? DepartmentCode { get; set; }
    public string? WindowNo { get; set; }
    public bool? Instant { get; set; }
    public int? StatutoryLimitDays { get; set; }
    public int PromisedLimitDays { get; set; }
    public DateOnly? AcceptedDate { get; set; }
    public DateOnly? DueDate { get; set; }

    /// <summary>
    /// The due date reaches a year without a holiday notice (counted from weekends until it arrives).
    /// </summary>
    public bool DueDateProvisional { get; set; }

    /// <summary>
    /// Imported history whose completion is on its way (ApplicationAccepted.CompletionFollows): never judged for a
    /// warning while it waits for it.
    /// </summary>
    public bool CompletionFollows { get; set; }

    public DateOnly? CompletedDate { get; set; }
    public int? WorkingDaysUsed { get; set; }

    /// <summary>Working days counted through a year without a notice; intake recounts them when it arrives.</summary>
    public bool WorkingDaysProvisional { get; set; }

    public bool? OnTheSpot { get; set; }
    public bool? OnTime { get; set; }
    public int? Rating { get; set; }
    public DateOnly? RatedDate { get; set; }
    public string? CalendarVersion { get; set; }

    /// <summary>"window", "online" or "agent"; null until the acceptance arrives (counted as "window").</summary>
    public string? Channel { get; set; }

    /// <summary>The service point that took the application in; null is the county hall.</summary>
    public string? PointCode { get; set; }

    /// <summary>"county", "town" or "village"; null until the acceptance arrives (counted as "county").</summary>
    public string? PointLevel { get; set; }

    /// <summary>In-person trips (跑动次数); null until an event tells them (counted as 1).</summary>
    public int? Visits { get; set; }

    /// <summary>
    /// When the result was delivered (CaseResultDelivered): its Visits are final, so a later-arriving acceptance
    /// (which carries the count so far) leaves them alone.
    /// </summary>
    public DateOnly? DeliveredDate { get; set; }
}
