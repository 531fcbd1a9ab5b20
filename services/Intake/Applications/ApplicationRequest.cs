using Platform.Intake.Cases;

namespace Platform.Intake.Applications;

/// <summary>
/// ApplicantAccount is refused when given: the window cannot bind an online account (the applicant claims the case
/// signed in, see CaseClaim). Outcome "accept", "complete-now" (an instant matter accepted and completed in one step,
/// 当场办结), "notice" (一次性告知: Notice names every required material marked missing or defective) or "reject"
/// (Reason and LegalBasis). TicketNumber: the queue ticket this window called today for the applicant (optional); the
/// case keeps it, so the applicant can rate the service at the window's 评价器 by ticket and case number.
/// </summary>
public sealed record ApplicationRequest(
    string? MatterCode,
    string? WindowNo,
    ApplicantInput? Applicant,
    string? ApplicantAccount,
    IReadOnlyList<MaterialCheck>? Materials,
    string? Outcome,
    IReadOnlyList<string>? Notice,
    string? Reason,
    string? LegalBasis,
    string? Result,
    string? DecisionNo,
    string? TicketNumber = null);
