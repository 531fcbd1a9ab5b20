using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.ServiceDefaults;

/// <summary>
/// Lets `dotnet ef migrations add` build a service's context for PostgreSQL without running the service.
/// The connection string is never opened when generating migrations.
/// </summary>
public abstract class PostgresDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=localhost;Database=design_time")
            .Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}
