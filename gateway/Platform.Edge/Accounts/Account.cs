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
    public int FailedAttempts { get; set; }
    public DateTime? LockedUntil { get; set; }

    public IReadOnlyList<string> RoleList =>
        Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
