namespace Platform.Intake.Agent;

/// <summary>A paper material the agent took over from the resident.</summary>
public sealed record AgentMaterial(string? Name);
