using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;

namespace Platform.Intake.Queue;

/// <summary>
/// The tickets table read as the queue: the truth behind every queue index (Redis, process memory), and the queue
/// itself while Redis is away.
/// </summary>
static class WaitingTickets
{
    public static async Task<List<(string Line, string Number)>> OfDayAsync(IntakeDbContext db, DateOnly day,
        IReadOnlyCollection<string>? lines = null)
    {
        var query = db.Tickets.AsNoTracking().Where(t => t.Day == day && t.Status == TicketStatus.Waiting);
        if (lines is not null)
        {
            query = query.Where(t => lines.Contains(t.Line));
        }
        var waiting = await query.Select(t => new { t.Line, t.Number }).ToListAsync();
        return [.. waiting.Select(t => (t.Line, t.Number))];
    }

    /// <summary>
    /// The first waiting ticket of these lines in call order (priority first, then number); null if none.
    /// </summary>
    public static string? First(IEnumerable<(string Line, string Number)> waiting) =>
        waiting.Select(t => t.Number).Order(TicketNumbers.Order).FirstOrDefault();

    /// <summary>How many waiting tickets of the list come before this number.</summary>
    public static int Ahead(IEnumerable<(string Line, string Number)> waiting, string number) =>
        waiting.Count(t => TicketNumbers.Before(t.Number, number));
}
