namespace Platform.Intake.Queue;

public sealed record TicketRequest(string? MatterCode, string? DepartmentCode, bool Priority);
