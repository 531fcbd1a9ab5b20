namespace Platform.Intake.Queue;

/// <summary>The standalone mode's queue: one process, one lock. Tickets waiting in it do not survive a restart.</summary>
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

/// <summary>V-numbers (priority) come before A-numbers; within a letter, by number.</summary>
public static class TicketNumbers
{
    public static string Format(bool priority, int sequence) => $"{(priority ? 'V' : 'A')}{sequence:D3}";

    public static readonly IComparer<string> Order = Comparer<string>.Create((a, b) =>
        a[0] != b[0] ? (a[0] == 'V' ? -1 : 1) : int.Parse(a[1..]).CompareTo(int.Parse(b[1..])));

    public static bool Before(string a, string b) => Order.Compare(a, b) < 0;

    /// <summary>The sorted-set score that gives the same order: priority tickets below every normal one.</summary>
    public static double Score(string number) => (number[0] == 'V' ? 0 : 1_000_000) + int.Parse(number[1..]);
}
