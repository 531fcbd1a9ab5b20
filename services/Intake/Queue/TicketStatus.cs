namespace Platform.Intake.Queue;

public enum TicketStatus
{
    Waiting,
    Called,
    NoShow,
    Served,
}
