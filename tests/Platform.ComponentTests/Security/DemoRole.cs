namespace Platform.ComponentTests.Security;

/// <summary>
/// A caller of the security tests: anonymous, or one of the demo accounts (README) with its role. Column is the
/// heading of its column in <see cref="AuthorizationTable"/>.
/// </summary>
public sealed record DemoRole(string Column, string? Username)
{
    public static readonly IReadOnlyList<DemoRole> All =
    [
        new("anon", null),
        new("adm", "admin"),
        new("win", "window01"),
        new("appr", "approver01"),
        new("sup", "supervisor01"),
        new("cat", "catalogue01"),
        new("disc", "disclosure01"),
        new("trad", "trading01"),
        new("appl", "applicant01"),
    ];

    public static DemoRole Anonymous => All[0];

    public static DemoRole Admin => All[1];

    public bool IsAnonymous => Username is null;

    public override string ToString() => Username ?? "anonymous";
}
