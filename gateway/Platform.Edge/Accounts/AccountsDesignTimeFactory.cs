using Platform.ServiceDefaults;

namespace Platform.Edge.Accounts;

sealed class AccountsDesignTimeFactory : PostgresDesignTimeFactory<AccountsDbContext>;
