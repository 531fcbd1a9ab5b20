namespace Platform.Intake.Queue;

/// <summary>
/// The standalone mode's queue: one process, one lock. Tickets waiting in it do not survive a restart.
/// </summary>
public sealed class InProcessTicketQueue : ITicketQueue
{
    readonly Lock _lock = new();
    readonly Dictionary<(DateOnly, bool), int> _sequences = new();
    readonly Dictionary<(DateOnly, string), SortedSet<string>> _lines = new();

    public Task<QueuePlace> EnqueueAsync(DateOnly day, string line, bool priority)
    {
        lock (_lock)
        {
            var sequence = _sequences[(day, priority)] = _sequences.GetValueOrDefault((day, priority)) + 1;
            var number = TicketNumbers.Format(priority, sequence);
            var waiting = Line(day, line);
            waiting.Add(number);
            return Task.FromResult(new QueuePlace(number, waiting.Count(n => TicketNumbers.Before(n, number))));
        }
    }

    public Task<string?> TakeNextAsync(DateOnly day, IReadOnlyList<string> lines)
    {
        lock (_lock)
        {
            var next = lines.SelectMany(line => Line(day, line).Take(1).Select(number => (line, number)))
                .OrderBy(candidate => candidate.number, TicketNumbers.Order).FirstOrDefault();
            if (next.number is null)
            {
                return Task.FromResult<string?>(null);
            }
            Line(day, next.line).Remove(next.number);
            return Task.FromResult<string?>(next.number);
        }
    }

    public Task MoveAsync(DateOnly day, string fromLine, string toLine, string number)
    {
        lock (_lock)
        {
            Line(day, fromLine).Remove(number);
            Line(day, toLine).Add(number);
        }
        return Task.CompletedTask;
    }

    public Task<int> WaitingAsync(DateOnly day, string line)
    {
        lock (_lock)
        {
            return Task.FromResult(Line(day, line).Count);
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
