namespace Platform.Approval.Stages;

/// <summary>
/// The lead department's check of a submitted stage. Outcome: "accept" (受理), "accept-deferred" (容缺受理: the lacking
/// materials are on the stage's 容缺 list and the applicant promised them), "notice" (一次性告知: every lacking
/// material named) or "reject" (不予受理, with reason and legal basis). Materials, when given, replace the window's
/// marks with the department's own.
/// </summary>
public sealed record LeadCheckRequest(string? Outcome, IReadOnlyList<MaterialCheck>? Materials,
    IReadOnlyList<string>? Notice, string? Promise, string? Reason, string? LegalBasis);
