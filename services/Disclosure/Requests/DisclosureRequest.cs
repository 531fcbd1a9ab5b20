using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>
/// 政府信息公开申请. Dates are the hall's calendar dates (Asia/Shanghai); the annual report counts by ReceivedDate and
/// RepliedDate. The due date is null while the clock is stopped (clarification, consultation).
/// </summary>
public sealed class DisclosureRequest : IConcurrencyStamped
{
    public string RequestNo { get; set; } = "";
    public string ApplicantCategory { get; set; } = "natural";
    public string Channel { get; set; } = "online";
    public string ApplicantName { get; set; } = "";
    public string? IdentityNo { get; set; }
    public string? Contact { get; set; }
    public string? Description { get; set; }

    /// <summary>How the applicant wants the information (<see cref="RequestCodes.DeliveryForms"/>), if said.</summary>
    public string? DeliveryForm { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateOnly ReceivedDate { get; set; }
    public RequestStatus Status { get; set; }

    /// <summary>
    /// The day the 20 working days count from: receipt, or the applicant's answer to a clarification.
    /// </summary>
    public DateOnly ClockStartDate { get; set; }
    public DateOnly? ClarificationRequestedDate { get; set; }
    public DateOnly? ClarificationAnsweredDate { get; set; }
    public int ExtensionDays { get; set; }
    public string? ExtensionReason { get; set; }
    public string? ThirdParty { get; set; }
    public DateOnly? ConsultationStartedDate { get; set; }
    public int ConsultationWorkingDays { get; set; }

    /// <summary>
    /// Each consultation as dates, recounted when the calendar changes; null until the first (most requests have
    /// none, and a null column costs an import of a million rows nothing to write or track).
    /// </summary>
    public List<StoppedPeriod>? ConsultationPeriods { get; set; }

    public DateOnly? DueDate { get; set; }
    public bool DueDateProvisional { get; set; }
    public string? CalendarVersion { get; set; }

    public string? Outcome { get; set; }
    public string? ReplyDocumentNo { get; set; }
    public DateTimeOffset? RepliedAt { get; set; }
    public DateOnly? RepliedDate { get; set; }
    public bool? OnTime { get; set; }
    public bool Imported { get; set; }
    public List<RequestStep> Timeline { get; set; } = [];
    public int ConcurrencyStamp { get; set; }
}
