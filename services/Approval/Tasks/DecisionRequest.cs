namespace Platform.Approval.Tasks;

/// <summary>
/// A department's decision on its task. Decision: "approve" (with the permit or opinion number),
/// "approve-with-conditions" (number and conditions), "request-supplement" (the items the applicant must provide;
/// the stage's clock stops) or "refuse" (reason and legal basis; the stage ends as refused).
/// </summary>
public sealed record DecisionRequest(string? Decision, string? DecisionNo, string? Conditions,
    IReadOnlyList<string>? Items, string? Reason, string? LegalBasis);
