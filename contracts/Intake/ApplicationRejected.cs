namespace Platform.Contracts.Intake;

/// <summary>不予受理, with the reason and its legal basis.</summary>
public sealed record ApplicationRejected(Guid ApplicationId, string MatterCode, string DepartmentCode, string Reason,
    string LegalBasis, DateTimeOffset RejectedAt);
