namespace Platform.Intake.Agent;

/// <summary>The transfer slip number the window reads off (or scans from) the slip that came with the papers.</summary>
public sealed record HandoverRequest(string? SlipNo);
