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
    /// A service calling another on its own behalf (supervision reading intake's counts for reconciliation); never
    /// a person's role.
    /// </summary>
    public const string Service = "service";

    public static readonly IReadOnlyList<string> All =
    [
        Admin, WindowStaff, Approver, Applicant, Supervisor, CatalogueAdmin, TradingOfficer, Expert, DisclosureOfficer,
        Service,
    ];

    /// <summary>Claim type of the department code a staff member works for.</summary>
    public const string DepartmentClaim = "department";
}
