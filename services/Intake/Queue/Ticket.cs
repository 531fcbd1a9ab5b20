namespace Platform.Intake.Queue;

public enum TicketStatus
{
    Waiting,
    Called,
    NoShow,
    Served,
}

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

/// <summary>A ticket's place: how many are ahead of it in its line.</summary>
public sealed record QueuePlace(string Number, int Ahead);

/// <summary>
/// Who is next, decided atomically: two windows never get the same ticket. Redis in the distributed mode (it survives
/// a restart of intake), a lock in one process in the standalone mode. The database keeps each ticket's record.
/// </summary>
public interface ITicketQueue
{
    /// <summary>A new number for the day (A001…, V001… for priority) placed at the end of its line.</summary>
    Task<QueuePlace> EnqueueAsync(DateOnly day, string line, bool priority);

    /// <summary>Takes the next ticket of the given lines: priority tickets first, then by number; null when none waits.</summary>
    Task<string?> TakeNextAsync(DateOnly day, IReadOnlyList<string> lines);

    /// <summary>Moves a ticket to a line (a transfer), in the place its number gives it there.</summary>
    Task MoveAsync(DateOnly day, string fromLine, string toLine, string number);

    Task<int> WaitingAsync(DateOnly day, string line);
}
