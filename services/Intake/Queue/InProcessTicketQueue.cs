using Platform.Intake.Data;

namespace Platform.Intake.Queue;

/// <summary>
/// The standalone mode's queue: one process, one lock. The first use of a day after a start loads that day's waiting
/// tickets from the database, so tickets issued before a restart are still called, in their order.
/// </summary>
public sealed class InProcessTicketQueue(IServiceScopeFactory scopes) : ITicketQueue
{
    readonly Lock _lock = new();
    readonly SemaphoreSlim _loading = new(1, 1);
    readonly HashSet<DateOnly> _loaded = [];
    readonly Dictionary<(DateOnly, string), SortedSet<string>> _lines = new();

    public async Task<int> EnqueueAsync(DateOnly day, string line, string number)
    {
        await LoadAsync(day);
        lock (_lock)
        {
            var waiting = Line(day, line);
            waiting.Add(number);
            return waiting.Count(n => TicketNumbers.Before(n, number));
        }
    }

    public async Task<string?> TakeNextAsync(DateOnly day, IReadOnlyList<string> lines)
    {
        await LoadAsync(day);
        lock (_lock)
        {
            var next = lines.SelectMany(line => Line(day, line).Take(1).Select(number => (line, number)))
                .OrderBy(candidate => candidate.number, TicketNumbers.Order).FirstOrDefault();
            if (next.number is null)
            {
                return null;
            }
            Line(day, next.line).Remove(next.number);
            return next.number;
        }
    }

    public async Task MoveAsync(DateOnly day, string fromLine, string toLine, string number)
    {
        await LoadAsync(day);
        lock (_lock)
        {
            Line(day, fromLine).Remove(number);
            Line(day, toLine).Add(number);
        }
    }

    public async Task<int> WaitingAsync(DateOnly day, string line)
    {
        await LoadAsync(day);
        lock (_lock)
        {
            return Line(day, line).Count;
        }
    }

    public void MarkStale(DateOnly day)
    {
        lock (_lock)
        {
            _loaded.Remove(day); // the next use adds the table's waiting tickets again (a set: none twice)
        }
    }

    async Task LoadAsync(DateOnly day)
    {
        lock (_lock)
        {
            if (_loaded.Contains(day))
            {
                return;
            }
        }
        await _loading.WaitAsync();
        try
        {
            lock (_lock)
            {
                if (_loaded.Contains(day))
                {
                    return;
                }
            }
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            var waiting = await WaitingTickets.OfDayAsync(db, day);
            lock (_lock)
            {
                foreach (var ticket in waiting)
                {
                    Line(day, ticket.Line).Add(ticket.Number);
                }
                _loaded.Add(day);
            }
        }
        finally
        {
            _loading.Release();
        }
    }

    SortedSet<string> Line(DateOnly day, string line)
    {
        if (!_lines.TryGetValue((day, line), out var set))
        {
            set = new SortedSet<string>(TicketNumbers.Order);
            _lines[(day, line)] = set;
        }
        return set;
    }
}
