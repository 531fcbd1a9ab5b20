namespace Platform.Intake.Agent;

/// <summary>The county hall's receipt for an agent's paper materials (回执), printable at the window.</summary>
public sealed record HandoverReceipt(Guid ApplicationId, string SlipNo, DateTimeOffset ReceivedAt, string ReceivedBy,
    string PointCode);
