using Platform.ServiceDefaults;

namespace Platform.Intake.Data;

sealed class IntakeDesignTimeFactory : PostgresDesignTimeFactory<IntakeDbContext>;
