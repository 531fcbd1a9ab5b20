using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Verification;

/// <summary>
/// Failed second-factor checks counted per subject (a case number, a project code) and per client, kept where the
/// platform keeps shared state (Redis, or process memory in the standalone mode) so every replica sees the same
/// counts. A success resets nothing: a correct code from one client must not lift the lock an attacker earned on the
/// subject or elsewhere.
/// </summary>
public abstract class VerificationLimiter(IOptions<VerificationOptions> options)
{
    protected VerificationOptions Limits => options.Value;

    /// <summary>How long the case number or the client stays locked (the longer), or null when neither is.</summary>
    public async Task<TimeSpan?> LockedForAsync(string subject, string client)
    {
        var byCase = await RemainingLockAsync(subject);
        var byClient = await RemainingLockAsync(ClientKey(client));
        return Longer(byCase, byClient);
    }

    /// <summary>Counts a failure for both; returns the lock it caused, if it reached a limit.</summary>
    public async Task<TimeSpan?> FailedAsync(string subject, string client)
    {
        TimeSpan? byCase = null, byClient = null;
        if (await CountFailureAsync(subject) >= Limits.CaseFailures)
        {
            byCase = await LockAsync(subject);
        }
        if (await CountFailureAsync(ClientKey(client)) >= Limits.ClientFailures)
        {
            byClient = await LockAsync(ClientKey(client));
        }
        return Longer(byCase, byClient);
    }

    /// <summary>Time left of the key's lock, or null.</summary>
    protected internal abstract Task<TimeSpan?> RemainingLockAsync(string key);

    /// <summary>Adds a failure to the key's count (it expires Window after its first failure); the new count.</summary>
    protected internal abstract Task<long> CountFailureAsync(string key);

    /// <summary>Locks the key for the next, longer lockout and clears its failure count; the lock's length.</summary>
    protected internal abstract Task<TimeSpan> LockAsync(string key);

    static string ClientKey(string client) => "client:" + client;

    static TimeSpan? Longer(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
