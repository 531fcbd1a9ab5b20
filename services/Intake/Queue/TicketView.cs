namespace Platform.Intake.Queue;

public sealed record TicketView(
    string TicketNo,
    string Line,
    string? MatterCode,
    bool Priority,
    TicketStatus Status,
    DateTimeOffset IssuedAt,
    DateTimeOffset? CalledAt,
    string? WindowNo,
    int Calls,
    int? WaitSeconds,
    int? ServiceSeconds)
{
    public static TicketView Of(Ticket t) => new(t.Number, t.Line, t.MatterCode, t.Priority, t.Status, t.IssuedAt,
        t.CalledAt, t.WindowNo, t.Calls, t.WaitSeconds, t.ServiceSeconds);
}
