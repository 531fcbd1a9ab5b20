namespace Platform.Intake.Review;

/// <summary>
/// 预审: outcome "accept" (受理: the clock starts now), "notice" (一次性告知: Notice names every required material found
/// missing or defective) or "reject" (Reason and LegalBasis), with the reviewer's finding on every material of the
/// matter's list. WindowNo: the reviewing window (its service point is recorded on the case when the application
/// names none).
/// </summary>
public sealed record ReviewRequest(
    string? Outcome,
    string? WindowNo,
    IReadOnlyList<ReviewMaterial?>? Materials,
    IReadOnlyList<string>? Notice,
    string? Reason,
    string? LegalBasis);
