using System.Collections.Concurrent;
using Platform.WorkingDays;
using StackExchange.Redis;

namespace Platform.Supervision.Live;

/// <summary>
/// Today's running figures for the dashboards, kept outside the database: Redis in the distributed mode (shared by
/// every supervision replica), process memory in the standalone host. A cache of the read model, never its truth:
/// an increment lost between a commit and the counter is healed by <see cref="LiveCountsRebuild"/>.
/// </summary>
public interface ILiveCounters
{
    Task IncrementAsync(DateOnly day, IReadOnlyList<string> fields);
    /// <summary>
    /// The day's counters, or null when they cannot be trusted: none kept (expired, Redis emptied) or only increments
    /// without a rebuild under them (a day that began while the service ran starts from a rebuild on first read).
    /// </summary>
    Task<IReadOnlyDictionary<string, long>?> ReadAsync(DateOnly day);
    Task ReplaceAsync(DateOnly day, IReadOnlyDictionary<string, long> values);
}

/// <summary>What the consumers count: an event of today (the hall's date) moves today's counters; history does not.</summary>
public sealed class TodaysCounts(ILiveCounters counters, HallClock clock)
{
    public Task CountAsync(DateTimeOffset at, IReadOnlyList<string> fields)
    {
        var day = HallTime.DateOf(at);
        return day == HallTime.DateOf(clock.Now) ? counters.IncrementAsync(day, fields) : Task.CompletedTask;
    }
}

public sealed class RedisLiveCounters(IConnectionMultiplexer redis, ILogger<RedisLiveCounters> logger) : ILiveCounters
{
    static readonly TimeSpan KeepFor = TimeSpan.FromDays(3);

    const string Rebuilt = LiveCountsRebuild.RebuiltMarker;

    static RedisKey Key(DateOnly day) => $"supervision:live:{day:yyyy-MM-dd}";

    public async Task IncrementAsync(DateOnly day, IReadOnlyList<string> fields)
    {
        try
        {
            var batch = redis.GetDatabase().CreateBatch();
            var increments = fields.Select(field => batch.HashIncrementAsync(Key(day), field)).ToList();
            var expiry = batch.KeyExpireAsync(Key(day), KeepFor);
            batch.Execute();
            await Task.WhenAll([.. increments, expiry]);
        }
        catch (RedisException exception)
        {
            // The effect is committed; a missed increment is healed by the next rebuild.
            logger.LogWarning(exception, "Live counters of {Day} not incremented", day);
        }
    }

    public async Task<IReadOnlyDictionary<string, long>?> ReadAsync(DateOnly day)
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(Key(day));
        return entries.Any(e => e.Name == Rebuilt) ? entries.ToDictionary(e => e.Name.ToString(), e => (long)e.Value) : null;
    }

    public async Task ReplaceAsync(DateOnly day, IReadOnlyDictionary<string, long> values)
    {
        var transaction = redis.GetDatabase().CreateTransaction();
        _ = transaction.KeyDeleteAsync(Key(day));
        _ = transaction.HashSetAsync(Key(day), [.. values.Select(v => new HashEntry(v.Key, v.Value)), new HashEntry(Rebuilt, 1)]);
        _ = transaction.KeyExpireAsync(Key(day), KeepFor);
        await transaction.ExecuteAsync();
    }
}

public sealed class InProcessLiveCounters : ILiveCounters
{
    readonly ConcurrentDictionary<DateOnly, ConcurrentDictionary<string, long>> _days = new();

    public Task IncrementAsync(DateOnly day, IReadOnlyList<string> fields)
    {
        var counters = _days.GetOrAdd(day, _ => new ConcurrentDictionary<string, long>());
        foreach (var field in fields) counters.AddOrUpdate(field, 1, (_, value) => value + 1);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, long>?> ReadAsync(DateOnly day) =>
        Task.FromResult<IReadOnlyDictionary<string, long>?>(_days.TryGetValue(day, out var counters) && counters.ContainsKey(LiveCountsRebuild.RebuiltMarker)
            ? new Dictionary<string, long>(counters) : null);

    public Task ReplaceAsync(DateOnly day, IReadOnlyDictionary<string, long> values)
    {
        _days[day] = new ConcurrentDictionary<string, long>(values.Append(new KeyValuePair<string, long>(LiveCountsRebuild.RebuiltMarker, 1)));
        return Task.CompletedTask;
    }
}
