namespace Platform.Contracts.Intake;

/// <summary>好差评: Score 1 (非常不满意) … 5 (非常满意); a score ≤ 2 is a 差评 that opens a rectification item.</summary>
public sealed record CaseRated(string CaseNo, string MatterCode, string DepartmentCode, string? WindowNo, int Score,
    string? Category, string? Comment, DateTimeOffset RatedAt);
