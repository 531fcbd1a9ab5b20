namespace Platform.Contracts.Intake;

/// <summary>叫号: a window called the ticket; WaitSeconds is the time since it was issued.</summary>
public sealed record TicketCalled(
    string TicketNo,
    DateOnly QueueDate,
    string WindowNo,
    DateTimeOffset CalledAt,
    int WaitSeconds);
