namespace Platform.Contracts.Intake;

/// <summary>
/// 历史办件导入: one slice of an import of an old system's cases (the cases intake stored in one transaction, up to a
/// thousand), sent instead of an acceptance, completion and rating per case, so supervision stores a slice in one unit
/// of work and counts a large import within seconds of its end. Each case carries the facts of those three events
/// (ApplicationAccepted with Imported = true, CaseCompleted, CaseRated); CalendarVersion is the calendar every case of
/// the slice was counted with.
/// </summary>
public sealed record CaseHistoryImported(string CalendarVersion, IReadOnlyList<ImportedCase> Cases);
