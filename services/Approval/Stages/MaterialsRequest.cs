namespace Platform.Approval.Stages;

/// <summary>Materials the applicant brought to the window (by name, as in the stage's list).</summary>
public sealed record MaterialsRequest(IReadOnlyList<string>? Materials);
