using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>
/// An accepted application (办件): the matter's limits as they were at acceptance, the clock (due date, stopped
/// working days, lawful extension) and the outcome. Completion fixes working days used, on-the-spot and on-time.
/// </summary>
public sealed class Case : IConcurrencyStamped
{
    public required string CaseNo { get; set; }
    public Guid? ApplicationId { get; set; }
    public required string MatterCode { get; set; }
    public required string MatterName { get; set; }
    public int MatterVersion { get; set; }
    public required string DepartmentCode { get; set; }
    public required string HandlingKind { get; set; }
    public int? StatutoryLimitDays { get; set; }
    public int PromisedLimitDays { get; set; }
    public int ExtensionDays { get; set; }
    public required Applicant Applicant { get; set; }

    /// <summary>The applicant's online account, when they hold one: it lists and rates the case.</summary>
    public string? ApplicantAccount { get; set; }

    public string? ResponsibleStaff { get; set; }

    /// <summary>
    /// The queue ticket of the visit that led to the case, and its day: the walk-in rating (评价器) names it.
    /// </summary>
    public string? TicketNumber { get; set; }

    public DateOnly? TicketDay { get; set; }

    public string? WindowNo { get; set; }
    public CaseStatus Status { get; set; }
    public DateTimeOffset AcceptedAt { get; set; }
    public DateOnly AcceptedDate { get; set; }
    public DateOnly DueDate { get; set; }

    /// <summary>The due date reaches a year without a holiday notice: counted from weekends until it arrives.</summary>
    public bool DueDateProvisional { get; set; }

    public required string CalendarVersion { get; set; }
    public int SuspendedWorkingDays { get; set; }

    /// <summary>The 特别程序 of live work, as dates (imported history brings only SuspendedWorkingDays).</summary>
    /// <remarks>Null until the first (most cases have none; a null column costs the import nothing).</remarks>
    public List<StoppedPeriod>? StoppedPeriods { get; set; }

    public DateTimeOffset? SuspendedSince { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateOnly? CompletedDate { get; set; }
    public string? Result { get; set; }
    public string? DecisionNo { get; set; }
    public int? WorkingDaysUsed { get; set; }
    public bool WorkingDaysProvisional { get; set; }
    public bool? OnTheSpot { get; set; }
    public bool? OnTime { get; set; }
    public int? RatingScore { get; set; }
    public bool Imported { get; set; }

    /// <summary>"window", "online" or "agent"; the point (catalogue code; null: the county hall), its level.</summary>
    public string Channel { get; set; } = ApplicationChannels.Window;

    public string? PointCode { get; set; }
    public string PointLevel { get; set; } = "county";

    /// <summary>The agent (代办员) who took the application in and follows the case.</summary>
    public string? AgentAccount { get; set; }

    /// <summary>Trips in person: the application's, plus one to collect the result at a window.</summary>
    public int Visits { get; set; } = 1;

    /// <summary>送达: the chosen method ("window", "post", "electronic"), the address, what was done.</summary>
    public string? DeliveryMethod { get; set; }

    public string? DeliveryAddress { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public string? TrackingNumber { get; set; }
    public Guid? ResultFileId { get; set; }
    public string? ResultFileSha256 { get; set; }
    public List<TimelineEntry> Timeline { get; set; } = [];
    public int ConcurrencyStamp { get; set; }
}
