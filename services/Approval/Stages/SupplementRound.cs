namespace Platform.Approval.Stages;

/// <summary>A department's supplement request (补正) during the stage and the applicant's answer.</summary>
public sealed record SupplementRound(string TaskNo, string DepartmentCode, IReadOnlyList<string> Items,
    DateTimeOffset RequestedAt, DateTimeOffset? AnsweredAt);
