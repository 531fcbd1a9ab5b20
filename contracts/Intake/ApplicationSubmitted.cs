namespace Platform.Contracts.Intake;

/// <summary>
/// An application arrived by a channel other than the window: "online" (the applicant, signed in; it waits for
/// 预审) or "agent" (a town/village agent took it in for a resident; it waits for the paper materials' handover,
/// TransferSlipNo names the slip). PointCode/PointLevel: where it was taken in (null: the county hall, online).
/// </summary>
public sealed record ApplicationSubmitted(
    Guid ApplicationId,
    string MatterCode,
    string DepartmentCode,
    string Channel,
    string? PointCode,
    string PointLevel,
    string? TransferSlipNo,
    DateTimeOffset SubmittedAt);
