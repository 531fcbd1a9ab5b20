using Platform.ServiceDefaults;

namespace Platform.Disclosure.Data;

sealed class DisclosureDesignTimeFactory : PostgresDesignTimeFactory<DisclosureDbContext>;
