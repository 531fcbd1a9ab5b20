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

    /// <summary>The service point (catalogue code) an agent (代办员) works at; null for everyone else.</summary>
    public string? ServicePoint { get; set; }

    public IReadOnlyList<string> RoleList =>
        Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
