namespace Platform.Approval.Stages;

/// <summary>容缺受理: the materials still owed, by when, the applicant's promise, and whether that date passed.</summary>
public sealed record DeferredView(IReadOnlyList<string> Items, DateOnly? DueDate, string? Promise, bool Overdue);
