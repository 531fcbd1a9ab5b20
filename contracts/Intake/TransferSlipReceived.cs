namespace Platform.Contracts.Intake;

/// <summary>
/// The county hall received the paper materials an agent took in (代办 transfer slip SlipNo from PointCode); the
/// application now waits for the window's 预审.
/// </summary>
public sealed record TransferSlipReceived(Guid ApplicationId, string SlipNo, string PointCode, string ReceivedBy,
    DateTimeOffset ReceivedAt);
