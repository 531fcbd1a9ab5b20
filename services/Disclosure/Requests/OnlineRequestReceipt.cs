namespace Platform.Disclosure.Requests;

/// <summary>What the applicant is told on submitting: the request number and the statutory reply date.</summary>
public sealed record OnlineRequestReceipt(
    string RequestNo,
    DateTimeOffset ReceivedAt,
    DateOnly ReceivedDate,
    DateOnly? DueDate,
    bool DueDateProvisional,
    int ReplyWorkingDays);
