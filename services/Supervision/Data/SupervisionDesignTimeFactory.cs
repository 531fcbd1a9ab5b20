using Platform.ServiceDefaults;

namespace Platform.Supervision.Data;

sealed class SupervisionDesignTimeFactory : PostgresDesignTimeFactory<SupervisionDbContext>;
