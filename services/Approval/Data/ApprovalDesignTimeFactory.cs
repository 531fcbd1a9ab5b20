using Platform.ServiceDefaults;

namespace Platform.Approval.Data;

/// <summary>Lets `dotnet ef migrations add` build the context for PostgreSQL without running the service.</summary>
sealed class ApprovalDesignTimeFactory : PostgresDesignTimeFactory<ApprovalDbContext>;
