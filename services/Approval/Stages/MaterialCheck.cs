namespace Platform.Approval.Stages;

/// <summary>One material of the stage's list as checked: "present", "missing" or "defective".</summary>
public sealed record MaterialCheck(string Name, string Status);
