namespace Platform.Contracts.Approval;

/// <summary>Stage 4 (竣工验收) of the project completed: the project has passed every stage.</summary>
public sealed record ApprovalProjectCompleted(string ProjectCode, string ProjectName, DateTimeOffset CompletedAt,
    bool Imported);
