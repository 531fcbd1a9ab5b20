using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Platform.Supervision.Live;

/// <summary>
/// Today's counters as a Redis hash per day, shared by every supervision replica. Redis being away never fails a
/// consumer or a dashboard: a failed increment marks the day untrusted in this process, so its next read answers
/// "rebuild" (from the read model) instead of an under-count, and <see cref="LiveCountsCheck"/> rebuilds it as soon as
/// Redis answers again.
/// </summary>
public sealed class RedisLiveCounters(IConnectionMultiplexer redis, ILogger<RedisLiveCounters> logger) : ILiveCounters
{
    static readonly TimeSpan KeepFor = TimeSpan.FromDays(3);

    const string Rebuilt = LiveCountsRebuild.RebuiltMarker;

    readonly ConcurrentDictionary<DateOnly, bool> _untrusted = new();

    static RedisKey Key(DateOnly day) => $"supervision:live:{day:yyyy-MM-dd}";

    public Task IncrementAsync(DateOnly day, IReadOnlyList<string> fields) =>
        AdjustAsync(day, fields.ToDictionary(field => field, _ => 1L));

    public async Task AdjustAsync(DateOnly day, IReadOnlyDictionary<string, long> deltas)
    {
        try
        {
            var batch = redis.GetDatabase().CreateBatch();
            var increments = deltas.Select(d => batch.HashIncrementAsync(Key(day), d.Key, d.Value)).ToList();
            var expiry = batch.KeyExpireAsync(Key(day), KeepFor);
            batch.Execute();
            await Task.WhenAll([.. increments, expiry]);
        }
        catch (RedisException exception)
        {
            // The effect is committed; the count it missed is made up by a rebuild before the day is shown again.
            _untrusted[day] = true;
            logger.LogWarning(exception, "Live counters of {Day} not incremented; they are rebuilt when Redis answers",
                day);
        }
    }

    public async Task<IReadOnlyDictionary<string, long>?> ReadAsync(DateOnly day)
    {
        if (_untrusted.ContainsKey(day))
        {
            return null;
        }
        try
        {
            var entries = await redis.GetDatabase().HashGetAllAsync(Key(day));
            return entries.Any(e => e.Name == Rebuilt)
                ? entries.ToDictionary(e => e.Name.ToString(), e => (long)e.Value)
                : null;
        }
        catch (RedisException exception)
        {
            logger.LogWarning(exception, "Live counters of {Day} unreadable; counting from the read model", day);
            return null;
        }
    }

    public async Task ReplaceAsync(DateOnly day, IReadOnlyDictionary<string, long> values)
    {
        try
        {
            var transaction = redis.GetDatabase().CreateTransaction();
            _ = transaction.KeyDeleteAsync(Key(day));
            _ = transaction.HashSetAsync(Key(day),
                [.. values.Select(v => new HashEntry(v.Key, v.Value)), new HashEntry(Rebuilt, 1)]);
            _ = transaction.KeyExpireAsync(Key(day), KeepFor);
            await transaction.ExecuteAsync();
            _untrusted.TryRemove(day, out _);
        }
        catch (RedisException exception)
        {
            _untrusted[day] = true;
            logger.LogWarning(exception, "Live counters of {Day} not rebuilt; tried again at the next check", day);
        }
    }
}
