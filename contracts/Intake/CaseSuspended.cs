namespace Platform.Contracts.Intake;

/// <summary>特别程序 (hearing, inspection, expert review…): the clock stops until the case resumes.</summary>
public sealed record CaseSuspended(string CaseNo, string Procedure, string Reason, DateTimeOffset SuspendedAt);
