using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using StackExchange.Redis;

namespace Platform.Intake.Queue;

/// <summary>
/// The distributed mode's queue: a sorted set per line and day (score: priority first, then number); taking the next
/// ticket across several lines is one Lua script, so two windows never take the same ticket. Keys expire two days
/// after their day. The numbers come from the database (TicketNumbers), so a flushed Redis never reissues one.
/// While Redis is away the queue degrades to the tickets table (<see cref="WaitingTickets"/>; the ticket's status is a
/// concurrency token, so two windows handed one ticket cannot both call it), and the day is marked stale: the first
/// operation after Redis returns adds every waiting ticket of the day to its line again and drops the ones called
/// meanwhile, so no ticket issued during the outage is skipped.
/// </summary>
public sealed class RedisTicketQueue(IConnectionMultiplexer redis, IServiceScopeFactory scopes,
    ILogger<RedisTicketQueue> logger) : ITicketQueue
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

    readonly ConcurrentDictionary<DateOnly, bool> _stale = new();

    IDatabase Db => redis.GetDatabase();

    static string LineKey(DateOnly day, string line) => $"hall:queue:{day:yyyyMMdd}:line:{line}";

    public Task<int> EnqueueAsync(DateOnly day, string line, string number) =>
        OrFromDatabaseAsync(day, async () =>
        {
            var key = LineKey(day, line);
            await Db.SortedSetAddAsync(key, number, TicketNumbers.Score(number));
            await Db.KeyExpireAsync(key, Keep);
            var rank = await Db.SortedSetRankAsync(key, number) ?? 0;
            return (int)rank;
        }, async db => WaitingTickets.Ahead(await WaitingTickets.OfDayAsync(db, day, [line]), number));

    public Task<string?> TakeNextAsync(DateOnly day, IReadOnlyList<string> lines) =>
        OrFromDatabaseAsync(day, async () =>
        {
            var keys = lines.Distinct().Select(line => (RedisKey)LineKey(day, line)).ToArray();
            var result = await Db.ScriptEvaluateAsync(TakeNextScript, keys);
            return result.IsNull ? null : (string?)result;
        }, async db => WaitingTickets.First(await WaitingTickets.OfDayAsync(db, day, lines)));

    public Task MoveAsync(DateOnly day, string fromLine, string toLine, string number) =>
        OrFromDatabaseAsync(day, async () =>
        {
            var move = Db.CreateTransaction();
            _ = move.SortedSetRemoveAsync(LineKey(day, fromLine), number);
            _ = move.SortedSetAddAsync(LineKey(day, toLine), number, TicketNumbers.Score(number));
            await move.ExecuteAsync();
            return true;
        }, _ => Task.FromResult(true)); // the ticket's line is already changed in the table

    public Task<int> WaitingAsync(DateOnly day, string line) =>
        OrFromDatabaseAsync(day, async () => (int)await Db.SortedSetLengthAsync(LineKey(day, line)),
            async db => (await WaitingTickets.OfDayAsync(db, day, [line])).Count);

    public void MarkStale(DateOnly day) => _stale[day] = true;

    async Task<T> OrFromDatabaseAsync<T>(DateOnly day, Func<Task<T>> inRedis, Func<IntakeDbContext, Task<T>> inTable)
    {
        try
        {
            if (_stale.ContainsKey(day))
            {
                await ResyncAsync(day);
            }
            return await inRedis();
        }
        catch (RedisException exception)
        {
            if (_stale.TryAdd(day, true))
            {
                logger.LogWarning(exception, "Redis is away: the queue of {Day} runs on the database", day);
            }
            await using var scope = scopes.CreateAsyncScope();
            return await inTable(scope.ServiceProvider.GetRequiredService<IntakeDbContext>());
        }
    }

    /// <summary>
    /// Makes the day's lines in Redis agree with the table again: every waiting ticket added (a no-op for those already
    /// there), every other ticket of the day removed. Adding and removing only, never clearing a line, so a ticket
    /// another replica enqueues meanwhile is not lost; a ticket called meanwhile that is added back is dropped when
    /// reached (the call checks the table).
    /// </summary>
    async Task ResyncAsync(DateOnly day)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var tickets = await db.Tickets.AsNoTracking().Where(t => t.Day == day)
            .Select(t => new { t.Line, t.Number, t.Status }).ToListAsync();
        var batch = Db.CreateBatch();
        var writes = tickets.Select(t => t.Status == TicketStatus.Waiting
                ? batch.SortedSetAddAsync(LineKey(day, t.Line), t.Number, TicketNumbers.Score(t.Number))
                : batch.SortedSetRemoveAsync(LineKey(day, t.Line), t.Number))
            .Concat(tickets.Select(t => t.Line).Distinct()
                .Select(line => batch.KeyExpireAsync(LineKey(day, line), Keep)))
            .ToList();
        batch.Execute();
        await Task.WhenAll(writes);
        _stale.TryRemove(day, out _);
        logger.LogInformation("Redis is back: the queue of {Day} is in step with the database again", day);
    }
}
