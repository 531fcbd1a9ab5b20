using Platform.ServiceDefaults.Identity;

namespace Platform.Disclosure.Requests;

/// <summary>
/// A request as officers see it: identity number and contact masked, as everywhere in the hall; its clock read today
/// (working days left, negative once past due; warning none|yellow|red by the rule the deadline watch applies).
/// </summary>
public sealed record RequestView(
    string RequestNo,
    string ApplicantCategory,
    string Channel,
    string ApplicantName,
    string? IdentityNo,
    string? Contact,
    string? Description,
    string? DeliveryForm,
    DateTimeOffset ReceivedAt,
    DateOnly ReceivedDate,
    string Status,
    DateOnly ClockStartDate,
    DateOnly? DueDate,
    bool DueDateProvisional,
    int? WorkingDaysLeft,
    string Warning,
    int ExtensionDays,
    string? ExtensionReason,
    int ConsultationWorkingDays,
    string? ThirdParty,
    DateOnly? ClarificationRequestedDate,
    DateOnly? ClarificationAnsweredDate,
    string? Outcome,
    string? ReplyDocumentNo,
    DateTimeOffset? RepliedAt,
    bool? OnTime,
    string? CalendarVersion,
    IReadOnlyList<RequestStep> Timeline)
{
    public static RequestView Of(DisclosureRequest r, RequestCountdown countdown) => new(
        r.RequestNo,
        r.ApplicantCategory,
        r.Channel,
        r.ApplicantName,
        r.IdentityNo is null ? null : Masking.ResidentId(r.IdentityNo),
        r.Contact is null ? null : Masking.Phone(r.Contact),
        r.Description,
        r.DeliveryForm,
        r.ReceivedAt,
        r.ReceivedDate,
        StatusName(r.Status),
        r.ClockStartDate,
        r.DueDate,
        r.DueDateProvisional,
        countdown.WorkingDaysLeft,
        countdown.Warning,
        r.ExtensionDays,
        r.ExtensionReason,
        r.ConsultationWorkingDays,
        r.ThirdParty,
        r.ClarificationRequestedDate,
        r.ClarificationAnsweredDate,
        r.Outcome,
        r.ReplyDocumentNo,
        r.RepliedAt,
        r.OnTime,
        r.CalendarVersion,
        r.Timeline);

    public static string StatusName(RequestStatus status) => status switch
    {
        RequestStatus.AwaitingClarification => "awaiting-clarification",
        _ => status.ToString().ToLowerInvariant(),
    };
}
