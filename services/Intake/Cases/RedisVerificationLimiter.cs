using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Platform.Intake.Cases;

/// <summary>
/// The distributed mode's counters: INCR + EXPIRE in one script (a count never outlives its window), a lock key with
/// its TTL as the remaining lockout, and a lockout count remembered for the doubling.
/// </summary>
public sealed class RedisVerificationLimiter(IOptions<CaseOptions> options, IConnectionMultiplexer redis)
    : VerificationLimiter(options)
{
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

    protected override async Task<TimeSpan?> RemainingLockAsync(string key) =>
        await Db.KeyTimeToLiveAsync(Lock(key)) is { } left && left > TimeSpan.Zero ? left : null;

    protected override async Task<long> CountFailureAsync(string key) =>
        (long)await Db.ScriptEvaluateAsync(IncrementScript, [Failures(key)],
            [(long)Limits.Window.TotalMilliseconds]);

    protected override async Task<TimeSpan> LockAsync(string key)
    {
        var ms = (long)await Db.ScriptEvaluateAsync(LockScript, [Lock(key), Lockouts(key), Failures(key)],
            [(long)Limits.Lockout.TotalMilliseconds, (long)Limits.MaxLockout.TotalMilliseconds,
                (long)Limits.LockoutMemory.TotalMilliseconds]);
        return TimeSpan.FromMilliseconds(ms);
    }
}
