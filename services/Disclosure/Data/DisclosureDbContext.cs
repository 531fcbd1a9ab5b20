using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Disclosure.Data;

public sealed class DisclosureDbContext(DbContextOptions<DisclosureDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
    }
}

sealed class DisclosureDesignTimeFactory : PostgresDesignTimeFactory<DisclosureDbContext>;
