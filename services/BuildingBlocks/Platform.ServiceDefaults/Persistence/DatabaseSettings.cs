using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Platform.ServiceDefaults.Security;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// Section "Database". Provider "Sqlite" (default: one file per service under DataDirectory) or "Postgres"
/// (ConnectionStrings:{service}, one database per service).
/// </summary>
public sealed record DatabaseSettings(bool IsPostgres, string ConnectionString)
{
    public static DatabaseSettings For(IConfiguration configuration, string databaseName)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString(databaseName)
                ?? throw new InvalidOperationException(
                    $"Database:Provider is Postgres but ConnectionStrings:{databaseName} is not set.");
            return new DatabaseSettings(true, connectionString);
        }
        if (!string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is unknown: use Sqlite or Postgres.");
        }

        // The folder 0700 and the file 0600, created before SQLite opens it (SQLite would create it with the umask,
        // usually 0644, and gives its journal and WAL files the mode of the database file).
        var directory = PrivateFiles.EnsureFolder(configuration["Database:DataDirectory"] ?? "data");
        var file = Path.Combine(directory, databaseName + ".db");
        PrivateFiles.EnsureFile(file);
        return new DatabaseSettings(false, $"Data Source={file};Pooling=True");
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        if (IsPostgres)
        {
            // No EnableRetryOnFailure: the outbox and inbox open their own transactions, and MassTransit retries
            // consumers.
            options.UseNpgsql(ConnectionString);
        }
        else
        {
            options.UseSqlite(ConnectionString);
        }
    }
}
