namespace Platform.Contracts.Disclosure;

/// <summary>
/// 依申请公开: a request was answered. Outcome is the row code of the statutory annual-report table (3.1 … 3.6.3);
/// OnTime = replied by the due date of DESIGN §6 (20 working days, extension, clarification and consultation applied).
/// </summary>
public sealed record DisclosureRequestReplied(
    string RequestNo,
    string ApplicantCategory,
    string Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset RepliedAt,
    string Outcome,
    DateOnly? DueDate,
    bool OnTime,
    bool DueDateProvisional = false);
