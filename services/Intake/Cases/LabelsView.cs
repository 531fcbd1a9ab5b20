namespace Platform.Intake.Cases;

/// <summary>Code → Chinese label, per kind of code.</summary>
public sealed record LabelsView(
    IReadOnlyDictionary<string, string> CaseStatus,
    IReadOnlyDictionary<string, string> SuspensionProcedures,
    IReadOnlyDictionary<string, string> TicketStatus,
    IReadOnlyDictionary<string, string> Outcomes);
