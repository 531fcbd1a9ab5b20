using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Verification;
using Platform.WorkingDays;
using StackExchange.Redis;

namespace Platform.ComponentTests.Intake;

/// <summary>
/// The tracking-code limits configured for Redis while Redis does not answer: still enforced (counted in process),
/// never an exception (a 503 on the public tracking page).
/// </summary>
public sealed class VerificationWithoutRedisTests
{
    [Fact]
    public async Task Guessing_is_still_limited_while_redis_is_away()
    {
        using var away = await ConnectionMultiplexer.ConnectAsync(
            "127.0.0.1:1,abortConnect=false,connectTimeout=300,syncTimeout=300,asyncTimeout=300");
        var options = Options.Create(new VerificationOptions());
        var limiter = new RedisVerificationLimiter(options, away, new HallClock(),
            NullLogger<RedisVerificationLimiter>.Instance);

        TimeSpan? locked = null;
        for (var i = 1; i <= options.Value.CaseFailures; i++)
        {
            Assert.Null(await limiter.LockedForAsync("SL-1", "203.0.113.9"));
            locked = await limiter.FailedAsync("SL-1", "203.0.113.9");
        }

        Assert.NotNull(locked);
        Assert.NotNull(await limiter.LockedForAsync("SL-1", "198.51.100.1")); // the case number, from anywhere
    }
}
