namespace Platform.Bidding.Evaluation;

/// <summary>A project the signed-in expert was drawn for, for the expert's work list.</summary>
public sealed record AssignmentView(Guid ProjectId, string Name, string Procedure, string Status, string ExpertCode,
    bool Scored);
