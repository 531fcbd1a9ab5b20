namespace Platform.Intake.Queue;

/// <summary>
/// A queue ticket (取号) and what became of it: who called it and when, so wait and service times are kept.
/// The line is the department whose matters the ticket is for; V-numbers are the 绿色通道 for the elderly and disabled.
/// </summary>
public sealed class Ticket
{
    public Guid Id { get; set; }
    public DateOnly Day { get; set; }
    public required string Number { get; set; }
    public required string Line { get; set; }
    public string? MatterCode { get; set; }
    public bool Priority { get; set; }
    public TicketStatus Status { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset? CalledAt { get; set; }
    public string? WindowNo { get; set; }
    public int Calls { get; set; }
    public int? WaitSeconds { get; set; }
    public int? ServiceSeconds { get; set; }
}
