using Platform.ServiceDefaults;

namespace Platform.Bidding.Data;

/// <summary>Lets `dotnet ef migrations add` build the context for PostgreSQL without running the service.</summary>
sealed class BiddingDesignTimeFactory : PostgresDesignTimeFactory<BiddingDbContext>;
