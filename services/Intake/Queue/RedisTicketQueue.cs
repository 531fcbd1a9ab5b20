using StackExchange.Redis;

namespace Platform.Intake.Queue;

/// <summary>
/// The distributed mode's queue: a sorted set per line and day (score: priority first, then number); taking the next
/// ticket across several lines is one Lua script, so two windows never take the same ticket. Keys expire two days
/// after their day. The numbers come from the database (TicketNumbers), so a flushed Redis never reissues one.
/// </summary>
public sealed class RedisTicketQueue(IConnectionMultiplexer redis) : ITicketQueue
{
    static readonly TimeSpan Keep = TimeSpan.FromDays(2);

    const string TakeNextScript = """
        local best, bestKey, bestScore = nil, nil, nil
        for i, key in ipairs(KEYS) do
          local first = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
          if first[1] and (bestScore == nil or tonumber(first[2]) < bestScore) then
            best, bestKey, bestScore = first[1], key, tonumber(first[2])
          end
        end
        if best then redis.call('ZREM', bestKey, best) end
        return best
        """;

    IDatabase Db => redis.GetDatabase();

    static string LineKey(DateOnly day, string line) => $"hall:queue:{day:yyyyMMdd}:line:{line}";

    public async Task<int> EnqueueAsync(DateOnly day, string line, string number)
    {
        var key = LineKey(day, line);
        await Db.SortedSetAddAsync(key, number, TicketNumbers.Score(number));
        await Db.KeyExpireAsync(key, Keep);
        var rank = await Db.SortedSetRankAsync(key, number) ?? 0;
        return (int)rank;
    }

    public async Task<string?> TakeNextAsync(DateOnly day, IReadOnlyList<string> lines)
    {
        var keys = lines.Distinct().Select(line => (RedisKey)LineKey(day, line)).ToArray();
        var result = await Db.ScriptEvaluateAsync(TakeNextScript, keys);
        return result.IsNull ? null : (string?)result;
    }

    public async Task MoveAsync(DateOnly day, string fromLine, string toLine, string number)
    {
        var move = Db.CreateTransaction();
        _ = move.SortedSetRemoveAsync(LineKey(day, fromLine), number);
        _ = move.SortedSetAddAsync(LineKey(day, toLine), number, TicketNumbers.Score(number));
        await move.ExecuteAsync();
    }

    public async Task<int> WaitingAsync(DateOnly day, string line) =>
        (int)await Db.SortedSetLengthAsync(LineKey(day, line));
}
