using Platform.Intake.Applications;

namespace Platform.Intake.Online;

/// <summary>
/// An application as its applicant, its agent and the hall see it, whatever its channel: status, materials with
/// their files, the one-time notice or the rejection, and once accepted the case number and the receipt (受理通知书,
/// the same record the window prints). The applicant's name and identifier are masked.
/// </summary>
public sealed record ApplicationView(
    Guid Id,
    string MatterCode,
    string MatterName,
    string DepartmentName,
    string Channel,
    string? PointCode,
    string Status,
    string StatusLabel,
    DateTimeOffset SubmittedAt,
    ApplicationViewApplicant Applicant,
    IReadOnlyList<ApplicationViewMaterial> Materials,
    IReadOnlyList<string> Notice,
    string? Reason,
    string? LegalBasis,
    string? CaseNo,
    Receipt? Receipt,
    string? TransferSlipNo,
    string? Consent,
    DateTimeOffset? HandedOverAt,
    int Visits);
