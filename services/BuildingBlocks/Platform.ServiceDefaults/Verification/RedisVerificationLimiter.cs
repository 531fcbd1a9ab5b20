using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.WorkingDays;
using StackExchange.Redis;

namespace Platform.ServiceDefaults.Verification;

/// <summary>
/// The distributed mode's counters: INCR + EXPIRE in one script (a count never outlives its window), a lock key with
/// its TTL as the remaining lockout, and a lockout count remembered for the doubling. While Redis is away they are
/// counted in this process (per replica: weaker, but the tracking page still answers instead of a 503, and guessing
/// stays limited), and in Redis again as soon as it answers.
/// </summary>
public sealed class RedisVerificationLimiter(IOptions<VerificationOptions> options, IConnectionMultiplexer redis,
    HallClock clock, ILogger<RedisVerificationLimiter> logger) : VerificationLimiter(options)
{
    readonly InProcessVerificationLimiter _whileRedisIsAway = new(options, clock);

    const string IncrementScript = """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return n
        """;

    const string LockScript = """
        local n = redis.call('INCR', KEYS[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[3])
        local ms = math.min(tonumber(ARGV[1]) * (2 ^ math.min(30, n - 1)), tonumber(ARGV[2]))
        redis.call('SET', KEYS[1], '1', 'PX', math.floor(ms))
        redis.call('DEL', KEYS[3])
        return math.floor(ms)
        """;

    IDatabase Db => redis.GetDatabase();

    static RedisKey Failures(string key) => "hall:verify:fail:" + key;
    static RedisKey Lock(string key) => "hall:verify:lock:" + key;
    static RedisKey Lockouts(string key) => "hall:verify:lockouts:" + key;

    protected internal override Task<TimeSpan?> RemainingLockAsync(string key) =>
        OrInProcess<TimeSpan?>(async () => await Db.KeyTimeToLiveAsync(Lock(key)) is { } left && left > TimeSpan.Zero
            ? left : null, () => _whileRedisIsAway.RemainingLockAsync(key));

    protected internal override Task<long> CountFailureAsync(string key) =>
        OrInProcess(async () => (long)await Db.ScriptEvaluateAsync(IncrementScript, [Failures(key)],
            [(long)Limits.Window.TotalMilliseconds]), () => _whileRedisIsAway.CountFailureAsync(key));

    protected internal override Task<TimeSpan> LockAsync(string key) =>
        OrInProcess(async () =>
        {
            var ms = (long)await Db.ScriptEvaluateAsync(LockScript, [Lock(key), Lockouts(key), Failures(key)],
                [(long)Limits.Lockout.TotalMilliseconds, (long)Limits.MaxLockout.TotalMilliseconds,
                    (long)Limits.LockoutMemory.TotalMilliseconds]);
            return TimeSpan.FromMilliseconds(ms);
        }, () => _whileRedisIsAway.LockAsync(key));

    async Task<T> OrInProcess<T>(Func<Task<T>> inRedis, Func<Task<T>> inProcess)
    {
        try
        {
            return await inRedis();
        }
        catch (RedisException exception)
        {
            logger.LogWarning(exception, "Redis is away: tracking-code failures are counted in this process meanwhile");
            return await inProcess();
        }
    }
}
