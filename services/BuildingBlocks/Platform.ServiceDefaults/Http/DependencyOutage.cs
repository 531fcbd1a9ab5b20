using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;
using StackExchange.Redis;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// Tells an exception that means "a server this service needs is away for the moment" (PostgreSQL restarting or
/// unreachable, the connection pool exhausted while it recovers, Redis down, the embedded database busy) from a
/// defect: the first is a 503 with Retry-After that a clerk can act on, the second stays a logged 500.
/// </summary>
public static class DependencyOutage
{
    /// <summary>How long a client is asked to wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>Which server is away ("database" or "cache"), or null when the exception is not an outage.</summary>
    public static string? Of(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                // 57P01-57P03: the server is shutting down or starting; class 08: the connection broke.
                case PostgresException postgres when postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
                    || postgres.SqlState.StartsWith("08", StringComparison.Ordinal):
                    return "database";
                case PostgresException:
                    return null; // the server answered: a statement failed, which is not an outage
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException
                    or IOException or TimeoutException:
                    return "database";
                // SQLITE_BUSY / SQLITE_LOCKED: another writer held the embedded database past the busy timeout.
                case SqliteException { SqliteErrorCode: 5 or 6 }:
                    return "database";
                case RedisConnectionException or RedisTimeoutException:
                    return "cache";
            }
        }
        return null;
    }
}
