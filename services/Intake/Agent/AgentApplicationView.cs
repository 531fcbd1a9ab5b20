using Platform.Intake.Applications;

namespace Platform.Intake.Agent;

/// <summary>
/// An application as its applicant or agent sees it (the shape of the online application's view): status, materials,
/// the notice or the reason, the receipt once accepted, and for 代办 the transfer slip, consent and handover.
/// </summary>
public sealed record AgentApplicationView(
    Guid Id,
    string MatterCode,
    string MatterName,
    string DepartmentName,
    string Channel,
    string? PointCode,
    string Status,
    string StatusLabel,
    DateTimeOffset SubmittedAt,
    MaskedApplicant Applicant,
    IReadOnlyList<MaterialView> Materials,
    IReadOnlyList<string> Notice,
    string? Reason,
    string? LegalBasis,
    string? CaseNo,
    Receipt? Receipt,
    string? TransferSlipNo,
    string? Consent,
    DateTimeOffset? HandedOverAt,
    int Visits);
