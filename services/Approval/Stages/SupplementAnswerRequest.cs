namespace Platform.Approval.Stages;

/// <summary>The applicant's answer to a department's supplement request (what was provided).</summary>
public sealed record SupplementAnswerRequest(string? Note);
