using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// Brings a service's database to its current schema before the process serves anything: PostgreSQL through the
/// service's migrations (EF Core takes a lock, so several replicas may start at once), SQLite by creating the schema
/// from the model (the embedded mode has no upgrade path: a file of another schema is refused, see SqliteSchema).
/// </summary>
sealed class DatabaseInitializer<TContext>(IServiceScopeFactory scopes, ILogger<DatabaseInitializer<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (db.Database.IsNpgsql() && db.Database.GetMigrations().Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        else if (db.Database.IsSqlite())
        {
            await SqliteSchema.EnsureCurrentAsync(db, cancellationToken);
        }
        else
        {
            // A model without migrations (a test model) is created as it stands.
            await db.Database.EnsureCreatedAsync(cancellationToken);
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets the outbox relay read while a request writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        logger.LogInformation("Database of {Context} is ready", typeof(TContext).Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
