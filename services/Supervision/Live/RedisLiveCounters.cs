using StackExchange.Redis;

namespace Platform.Supervision.Live;

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
        return entries.Any(e => e.Name == Rebuilt)
            ? entries.ToDictionary(e => e.Name.ToString(), e => (long)e.Value)
            : null;
    }

    public async Task ReplaceAsync(DateOnly day, IReadOnlyDictionary<string, long> values)
    {
        var transaction = redis.GetDatabase().CreateTransaction();
        _ = transaction.KeyDeleteAsync(Key(day));
        _ = transaction.HashSetAsync(Key(day),
            [.. values.Select(v => new HashEntry(v.Key, v.Value)), new HashEntry(Rebuilt, 1)]);
        _ = transaction.KeyExpireAsync(Key(day), KeepFor);
        await transaction.ExecuteAsync();
    }
}
