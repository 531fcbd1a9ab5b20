using Microsoft.Extensions.Options;
using Platform.WorkingDays;

namespace Platform.ServiceDefaults.Verification;

/// <summary>The standalone mode's counters: one process, one lock, expired entries pruned as it goes.</summary>
public sealed class InProcessVerificationLimiter(IOptions<VerificationOptions> options, HallClock clock)
    : VerificationLimiter(options)
{
    const int PruneAbove = 10_000;

    readonly Lock _lock = new();
    readonly Dictionary<string, (long Count, DateTimeOffset Until)> _failures = new();
    readonly Dictionary<string, (long Count, DateTimeOffset Until)> _lockouts = new();
    readonly Dictionary<string, DateTimeOffset> _locks = new();

    protected internal override Task<TimeSpan?> RemainingLockAsync(string key)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            return Task.FromResult<TimeSpan?>(
                _locks.TryGetValue(key, out var until) && until > now ? until - now : null);
        }
    }

    protected internal override Task<long> CountFailureAsync(string key)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            Prune(now);
            var count = Increment(_failures, key, now, Limits.Window);
            return Task.FromResult(count);
        }
    }

    protected internal override Task<TimeSpan> LockAsync(string key)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var length = Limits.LockoutFor(Increment(_lockouts, key, now, Limits.LockoutMemory, extend: true));
            _locks[key] = now + length;
            _failures.Remove(key);
            return Task.FromResult(length);
        }
    }

    /// <summary>INCR with EXPIRE: a new count expires after ttl (extend: every increment renews it).</summary>
    static long Increment(Dictionary<string, (long Count, DateTimeOffset Until)> counts, string key,
        DateTimeOffset now, TimeSpan ttl, bool extend = false)
    {
        var (count, until) = counts.TryGetValue(key, out var entry) && entry.Until > now ? entry : (0, now + ttl);
        counts[key] = (count + 1, extend ? now + ttl : until);
        return count + 1;
    }

    void Prune(DateTimeOffset now)
    {
        if (_failures.Count + _locks.Count + _lockouts.Count < PruneAbove)
        {
            return;
        }
        foreach (var key in _failures.Where(e => e.Value.Until <= now).Select(e => e.Key).ToList())
        {
            _failures.Remove(key);
        }
        foreach (var key in _locks.Where(e => e.Value <= now).Select(e => e.Key).ToList())
        {
            _locks.Remove(key);
        }
        foreach (var key in _lockouts.Where(e => e.Value.Until <= now).Select(e => e.Key).ToList())
        {
            _lockouts.Remove(key);
        }
    }
}
