using Platform.Intake.Cases;

namespace Platform.Intake.Applications;

public sealed record ApplicationResponse(
    Guid ApplicationId,
    string Status,
    Receipt? Receipt,
    IReadOnlyList<string>? Notice,
    string? Reason,
    CaseView? Case);
