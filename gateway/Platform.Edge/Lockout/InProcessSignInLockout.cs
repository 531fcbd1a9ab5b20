using System.Collections.Concurrent;

namespace Platform.Edge.Lockout;

/// <summary>The lockout in process memory: one edge process (the standalone host, a gateway without Redis).</summary>
public sealed class InProcessSignInLockout : ISignInLockout
{
    const int PruneAbove = 10_000;
    readonly ConcurrentDictionary<(string Name, string Client), Entry> _entries = new();

    public Task<TimeSpan?> LockedForAsync(string username, string client, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        TimeSpan? remaining = _entries.TryGetValue((SignInLockoutPolicy.Name(username), client), out var entry)
            && entry.LockedUntil > now ? entry.LockedUntil - now : null;
        return Task.FromResult(remaining);
    }

    public Task<TimeSpan?> FailedAsync(string username, string client, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        if (_entries.Count > PruneAbove)
        {
            Prune(now);
        }
        var entry = _entries.AddOrUpdate((SignInLockoutPolicy.Name(username), client),
            _ => new Entry(1, now, DateTimeOffset.MinValue),
            (_, old) => old.LastFailure + SignInLockoutPolicy.Duration < now
                ? new Entry(1, now, DateTimeOffset.MinValue)
                : old.Failures + 1 >= SignInLockoutPolicy.MaxFailedAttempts
                    ? new Entry(0, now, now + SignInLockoutPolicy.Duration)
                    : old with { Failures = old.Failures + 1, LastFailure = now });
        TimeSpan? locked = entry.LockedUntil > now ? entry.LockedUntil - now : null;
        return Task.FromResult(locked);
    }

    public Task SucceededAsync(string username, string client, CancellationToken cancellationToken)
    {
        _entries.TryRemove((SignInLockoutPolicy.Name(username), client), out _);
        return Task.CompletedTask;
    }

    public Task UnlockAsync(string username, CancellationToken cancellationToken)
    {
        var name = SignInLockoutPolicy.Name(username);
        foreach (var key in _entries.Keys.Where(k => k.Name == name))
        {
            _entries.TryRemove(key, out _);
        }
        return Task.CompletedTask;
    }

    /// <summary>Guessing many names must not grow memory without end: forget what has run out.</summary>
    void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.LockedUntil <= now && entry.LastFailure + SignInLockoutPolicy.Duration < now)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    sealed record Entry(int Failures, DateTimeOffset LastFailure, DateTimeOffset LockedUntil);
}
