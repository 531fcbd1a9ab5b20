namespace Platform.Approval.Stages;

/// <summary>One stage applied for at the window: one form and one set of materials, each marked as received.</summary>
public sealed record SubmitStageRequest(int? Stage, IReadOnlyList<MaterialCheck>? Materials);
