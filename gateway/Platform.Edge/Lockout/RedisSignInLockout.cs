using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Platform.Edge.Lockout;

/// <summary>
/// The lockout in Redis, so that every gateway replica sees the same counts (a client's five attempts may reach five
/// replicas). One hash per account name, fields "f:{client}" (failures) and "l:{client}" (locked until, Unix ms); the
/// hash expires a lockout period after its last failure, and an unlock deletes it. While Redis is away the counts are
/// kept in this process instead (per replica, so weaker, but the hall can still sign in: a 503 at the door would lock
/// every clerk out of their work), and Redis is used again as soon as it answers.
/// </summary>
public sealed class RedisSignInLockout(IConnectionMultiplexer redis, ILogger<RedisSignInLockout> logger)
    : ISignInLockout
{
    readonly InProcessSignInLockout _whileRedisIsAway = new();

    static RedisKey Key(string username) => "edge:sign-in:" + SignInLockoutPolicy.Name(username);

    public Task<TimeSpan?> LockedForAsync(string username, string client, CancellationToken cancellationToken) =>
        OrInProcess<TimeSpan?>(async () =>
        {
            var until = await redis.GetDatabase().HashGetAsync(Key(username), "l:" + client);
            if (until.IsNull)
            {
                return null;
            }
            var remaining = DateTimeOffset.FromUnixTimeMilliseconds((long)until) - DateTimeOffset.UtcNow;
            return remaining > TimeSpan.Zero ? remaining : null;
        }, away => away.LockedForAsync(username, client, cancellationToken));

    public Task<TimeSpan?> FailedAsync(string username, string client, CancellationToken cancellationToken) =>
        OrInProcess<TimeSpan?>(async () =>
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
        }, away => away.FailedAsync(username, client, cancellationToken));

    public Task SucceededAsync(string username, string client, CancellationToken cancellationToken) =>
        OrInProcess(
            async () => await redis.GetDatabase().HashDeleteAsync(Key(username), ["f:" + client, "l:" + client]),
            async away =>
            {
                await away.SucceededAsync(username, client, cancellationToken);
                return 0L;
            });

    public Task UnlockAsync(string username, CancellationToken cancellationToken) =>
        OrInProcess(async () =>
        {
            await _whileRedisIsAway.UnlockAsync(username, cancellationToken);
            return await redis.GetDatabase().KeyDeleteAsync(Key(username));
        }, async away =>
        {
            await away.UnlockAsync(username, cancellationToken);
            return false;
        });

    async Task<T> OrInProcess<T>(Func<Task<T>> inRedis, Func<InProcessSignInLockout, Task<T>> inProcess)
    {
        try
        {
            return await inRedis();
        }
        catch (RedisException exception)
        {
            logger.LogWarning(exception, "Redis is away: sign-in failures are counted in this process meanwhile");
            return await inProcess(_whileRedisIsAway);
        }
    }
}
