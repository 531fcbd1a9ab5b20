namespace Platform.Edge.Lockout;

/// <summary>
/// Failed sign-ins counted per account name and client address: five wrong passwords in a row from one address lock
/// that name for that address only, so a stranger cannot lock an administrator out of the hall's own machines. Names
/// that exist and names that do not are counted alike, so the answers never reveal which accounts exist.
/// </summary>
public interface ISignInLockout
{
    /// <summary>How long the name stays locked for this client, or null when it is not locked.</summary>
    Task<TimeSpan?> LockedForAsync(string username, string client, CancellationToken cancellationToken);

    /// <summary>Counts a failure; returns the lock duration when this failure locked the name for the client.</summary>
    Task<TimeSpan?> FailedAsync(string username, string client, CancellationToken cancellationToken);

    /// <summary>A successful sign-in: the client's count for the name starts again.</summary>
    Task SucceededAsync(string username, string client, CancellationToken cancellationToken);

    /// <summary>An administrator's unlock: every client's lock and count for the name are removed.</summary>
    Task UnlockAsync(string username, CancellationToken cancellationToken);
}
