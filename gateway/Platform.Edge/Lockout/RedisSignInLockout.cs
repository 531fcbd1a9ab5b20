using StackExchange.Redis;

namespace Platform.Edge.Lockout;

/// <summary>
/// The lockout in Redis, so that every gateway replica sees the same counts (a client's five attempts may reach five
/// replicas). One hash per account name, fields "f:{client}" (failures) and "l:{client}" (locked until, Unix ms); the
/// hash expires a lockout period after its last failure, and an unlock deletes it.
/// </summary>
public sealed class RedisSignInLockout(IConnectionMultiplexer redis) : ISignInLockout
{
    static RedisKey Key(string username) => "edge:sign-in:" + SignInLockoutPolicy.Name(username);

    public async Task<TimeSpan?> LockedForAsync(string username, string client, CancellationToken cancellationToken)
    {
        var until = await redis.GetDatabase().HashGetAsync(Key(username), "l:" + client);
        if (until.IsNull)
        {
            return null;
        }
        var remaining = DateTimeOffset.FromUnixTimeMilliseconds((long)until) - DateTimeOffset.UtcNow;
        return remaining > TimeSpan.Zero ? remaining : null;
    }

    public async Task<TimeSpan?> FailedAsync(string username, string client, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var key = Key(username);
        var failures = await db.HashIncrementAsync(key, "f:" + client);
        await db.KeyExpireAsync(key, SignInLockoutPolicy.Duration);
        if (failures < SignInLockoutPolicy.MaxFailedAttempts)
        {
            return null;
        }
        var until = DateTimeOffset.UtcNow + SignInLockoutPolicy.Duration;
        await db.HashSetAsync(key, "l:" + client, until.ToUnixTimeMilliseconds());
        await db.HashDeleteAsync(key, "f:" + client);
        return SignInLockoutPolicy.Duration;
    }

    public Task SucceededAsync(string username, string client, CancellationToken cancellationToken) =>
        redis.GetDatabase().HashDeleteAsync(Key(username), ["f:" + client, "l:" + client]);

    public Task UnlockAsync(string username, CancellationToken cancellationToken) =>
        redis.GetDatabase().KeyDeleteAsync(Key(username));
}
