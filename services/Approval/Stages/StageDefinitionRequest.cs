namespace Platform.Approval.Stages;

/// <summary>A stage's configuration as an administrator sets it (see <see cref="StageDefinition"/>).</summary>
public sealed record StageDefinitionRequest(string? LeadDepartmentCode, IReadOnlyList<string>? MatterCodes,
    IReadOnlyList<string>? Deferrable, int? DeferredWorkingDays);
