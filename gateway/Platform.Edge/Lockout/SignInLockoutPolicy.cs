namespace Platform.Edge.Lockout;

/// <summary>The numbers of the lockout and the key both stores use.</summary>
public static class SignInLockoutPolicy
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);

    /// <summary>Account names compare without case here, so "Admin" and "admin" share one count.</summary>
    public static string Name(string username) => username.Trim().ToLowerInvariant();
}
