namespace Platform.ServiceDefaults.Security;

/// <summary>The roles of the hall. An approver also carries a department claim.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string WindowStaff = "window-staff";
    public const string Approver = "approver";
    public const string Applicant = "applicant";
    public const string Supervisor = "supervisor";
    public const string CatalogueAdmin = "catalogue-admin";
    public const string TradingOfficer = "trading-officer";
    public const string Expert = "expert";
    public const string DisclosureOfficer = "disclosure-officer";

    /// <summary>
    /// A town or village 代办员: takes applications in for residents at one service point (the point claim).
    /// </summary>
    public const string Agent = "agent";

    /// <summary>
    /// A service calling another on its own behalf (supervision reading intake's counts for reconciliation); never
    /// a person's role.
    /// </summary>
    public const string Service = "service";

    public static readonly IReadOnlyList<string> All =
    [
        Admin, WindowStaff, Approver, Applicant, Supervisor, CatalogueAdmin, TradingOfficer, Expert, DisclosureOfficer,
        Agent, Service,
    ];

    /// <summary>Claim type of the department code a staff member works for.</summary>
    public const string DepartmentClaim = "department";

    /// <summary>Claim type of the service point (catalogue code) an agent works at.</summary>
    public const string PointClaim = "point";
}
