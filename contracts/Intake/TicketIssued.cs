namespace Platform.Contracts.Intake;

/// <summary>取号: a queue ticket for a matter or a department, Priority for the 绿色通道.</summary>
public sealed record TicketIssued(string TicketNo, DateOnly QueueDate, string? MatterCode, string? DepartmentCode,
    bool Priority, DateTimeOffset IssuedAt);
