namespace Platform.Edge.Accounts;

/// <summary>A local account (standalone host, a hall without an identity provider). Passwords are hashed.</summary>
public sealed class Account
{
    public int Id { get; set; }
    public required string Username { get; set; }
    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }

    /// <summary>Role names separated by commas (see Roles).</summary>
    public required string Roles { get; set; }

    public string? Department { get; set; }

    /// <summary>No longer written: the lockout is per account and client (Lockout/ISignInLockout).</summary>
    public int FailedAttempts { get; set; }

    /// <summary>No longer written (see <see cref="FailedAttempts"/>); both go with the next
    /// accounts migration.</summary>
    public DateTime? LockedUntil { get; set; }

    public IReadOnlyList<string> RoleList =>
        Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
