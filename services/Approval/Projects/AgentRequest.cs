namespace Platform.Approval.Projects;

/// <summary>The 代办员's account the owner names (null removes the agent).</summary>
public sealed record AgentRequest(string? AgentAccount);
