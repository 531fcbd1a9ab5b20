using System.Data;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Platform.ServiceDefaults.Jobs;

/// <summary>
/// Leader election for one periodic job among replicas that share a PostgreSQL database: the leader holds a
/// session-level advisory lock named after the job on a connection of its own (unpooled, so the lock lives exactly as
/// long as the connection). A replica that dies loses its connection and with it the lock; the next replica to
/// tick takes it over.
/// </summary>
public sealed class JobLeadership(string job) : IAsyncDisposable
{
    NpgsqlConnection? _connection;

    /// <summary>True while this process leads the job (taking the lead when nobody holds it).</summary>
    public async Task<bool> LeadAsync(string connectionString, CancellationToken cancellationToken)
    {
        if (_connection is { State: ConnectionState.Open } && await AliveAsync(_connection, cancellationToken))
        {
            return true;
        }
        await DisposeAsync();
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }
            .ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey(job));
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
        {
            _connection = connection;
            return true;
        }
        await connection.DisposeAsync();
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    static async Task<bool> AliveAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    /// <summary>A stable 64-bit key for the job's name (advisory locks are keyed by numbers).</summary>
    static long LockKey(string job) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("periodic-job:" + job)), 0);
}
