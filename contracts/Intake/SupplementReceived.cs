namespace Platform.Contracts.Intake;

/// <summary>The applicant brought what the notice asked for; the application is then accepted as CaseNo.</summary>
public sealed record SupplementReceived(Guid ApplicationId, string CaseNo, DateTimeOffset ReceivedAt);
