namespace Platform.Intake.Agent;

/// <summary>One row of a point's applications: applicant masked, status, slip, and the case once accepted.</summary>
public sealed record AgentApplicationItem(
    Guid Id,
    string MatterCode,
    string MatterName,
    string DepartmentName,
    string Channel,
    string? PointCode,
    string ApplicantName,
    string Status,
    string StatusLabel,
    DateTimeOffset SubmittedAt,
    string? TransferSlipNo,
    DateTimeOffset? HandedOverAt,
    string? CaseNo);
