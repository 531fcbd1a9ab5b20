using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Catalogue.Data;

public sealed class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
    }
}

sealed class CatalogueDesignTimeFactory : PostgresDesignTimeFactory<CatalogueDbContext>;
