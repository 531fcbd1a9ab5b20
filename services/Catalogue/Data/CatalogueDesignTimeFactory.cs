using Platform.ServiceDefaults;

namespace Platform.Catalogue.Data;

sealed class CatalogueDesignTimeFactory : PostgresDesignTimeFactory<CatalogueDbContext>;
