using System.Collections.Concurrent;

namespace Platform.Supervision.Live;

public sealed class InProcessLiveCounters : ILiveCounters
{
    readonly ConcurrentDictionary<DateOnly, ConcurrentDictionary<string, long>> _days = new();

    public Task IncrementAsync(DateOnly day, IReadOnlyList<string> fields)
    {
        var counters = _days.GetOrAdd(day, _ => new ConcurrentDictionary<string, long>());
        foreach (var field in fields)
        {
            counters.AddOrUpdate(field, 1, (_, value) => value + 1);
        }
        return Task.CompletedTask;
    }

    public Task AdjustAsync(DateOnly day, IReadOnlyDictionary<string, long> deltas)
    {
        var counters = _days.GetOrAdd(day, _ => new ConcurrentDictionary<string, long>());
        foreach (var (field, delta) in deltas)
        {
            counters.AddOrUpdate(field, delta, (_, value) => value + delta);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, long>?> ReadAsync(DateOnly day) =>
        Task.FromResult<IReadOnlyDictionary<string, long>?>(
            _days.TryGetValue(day, out var counters) && counters.ContainsKey(LiveCountsRebuild.RebuiltMarker)
                ? new Dictionary<string, long>(counters)
                : null);

    public Task ReplaceAsync(DateOnly day, IReadOnlyDictionary<string, long> values)
    {
        _days[day] = new ConcurrentDictionary<string, long>(
            values.Append(new KeyValuePair<string, long>(LiveCountsRebuild.RebuiltMarker, 1)));
        return Task.CompletedTask;
    }
}
