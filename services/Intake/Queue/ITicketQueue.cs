namespace Platform.Intake.Queue;

/// <summary>
/// Who is next, decided atomically: two windows never get the same ticket. Redis in the distributed mode (it survives
/// a restart of intake), a lock in one process in the standalone mode (it reloads the day's waiting tickets from the
/// database). The database keeps each ticket's record and gives the numbers (<see cref="TicketNumbers.NextAsync"/>).
/// </summary>
public interface ITicketQueue
{
    /// <summary>Places a newly issued ticket in its line; how many are ahead of it.</summary>
    Task<int> EnqueueAsync(DateOnly day, string line, string number);

    /// <summary>
    /// Takes the next ticket of the given lines: priority tickets first, then by number; null when none waits.
    /// </summary>
    Task<string?> TakeNextAsync(DateOnly day, IReadOnlyList<string> lines);

    /// <summary>Moves a ticket to a line (a transfer), in the place its number gives it there.</summary>
    Task MoveAsync(DateOnly day, string fromLine, string toLine, string number);

    Task<int> WaitingAsync(DateOnly day, string line);

    /// <summary>
    /// The table may hold waiting tickets this queue lacks (a call failed after taking one, e.g. the database went away
    /// before the ticket was marked called): the day is rebuilt from the table at its next use.
    /// </summary>
    void MarkStale(DateOnly day);
}
