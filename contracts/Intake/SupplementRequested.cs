namespace Platform.Contracts.Intake;

/// <summary>一次性告知: every missing or defective material, in one notice; the clock has not started.</summary>
public sealed record SupplementRequested(Guid ApplicationId, string MatterCode, string DepartmentCode,
    IReadOnlyList<string> Materials, DateTimeOffset RequestedAt);
