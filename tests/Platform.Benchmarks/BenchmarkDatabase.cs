using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Benchmarks;

/// <summary>
/// A service's database for an in-process benchmark: a SQLite file in a temporary folder (the embedded default), or
/// PostgreSQL when a connection string is given; schema created as the service creates it.
/// </summary>
sealed class BenchmarkDatabase(IHost host, string kind, string directory) : IAsyncDisposable
{
    public IHost Host { get; } = host;
    public string Kind { get; } = kind;

    public static async Task<BenchmarkDatabase> StartAsync<TContext>(string databaseName, string? postgres) where TContext : DbContext
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // EF logs its look for the migrations table of a fresh database as a failed command: noise, not a failure.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        var directory = Directory.CreateTempSubdirectory("platform-bench-").FullName;
        builder.Configuration.AddInMemoryCollection(postgres is null
            ? new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["Database:DataDirectory"] = directory }
            : new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", [$"ConnectionStrings:{databaseName}"] = postgres });
        builder.AddServiceDatabase<TContext>(databaseName);
        var host = builder.Build();
        await host.StartAsync();
        return new BenchmarkDatabase(host, postgres is null ? "SQLite" : "PostgreSQL", directory);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        Directory.Delete(directory, recursive: true);
    }
}
