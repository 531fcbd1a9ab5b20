namespace Platform.Contracts.Intake;

/// <summary>A lawful extension of the limit (延期), with its basis.</summary>
public sealed record CaseExtended(
    string CaseNo,
    int WorkingDays,
    string LegalBasis,
    DateOnly DueDate,
    string CalendarVersion,
    DateTimeOffset ExtendedAt,
    bool DueDateProvisional = false);
