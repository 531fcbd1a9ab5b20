using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// The one running-number service (case numbers per day, index and request numbers per year): a row per scope and
/// period in the service's table running_numbers, taken with one upsert … RETURNING inside the transaction that stores
/// the number's owner. The row lock makes concurrent writers wait their turn instead of colliding, and a transaction
/// that rolls back gives its number back, so numbers have no gaps and no doubles.
/// </summary>
public static class RunningNumbers
{
    /// <summary>Adds the running_numbers table to a service's model; call from OnModelCreating.</summary>
    public static ModelBuilder AddRunningNumbers(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RunningNumber>(number =>
        {
            number.ToTable("running_numbers");
            number.HasKey(n => new { n.Scope, n.Period });
            number.Property(n => n.Scope).HasColumnName("scope").HasMaxLength(50);
            number.Property(n => n.Period).HasColumnName("period").HasMaxLength(20);
            number.Property(n => n.Last).HasColumnName("last");
        });
        return modelBuilder;
    }

    /// <summary>
    /// The next number of <paramref name="scope"/> in <paramref name="period"/>; only inside
    /// <see cref="InTransactionAsync{T}"/>.
    /// </summary>
    public static async Task<int> NextAsync(
        DbContext db, string scope, string period, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "A running number is taken inside the transaction that stores its owner.");
        }
        // One round trip: the period's first number creates its row, every later one increments it; the row stays
        // locked until the transaction ends, so two writers never take the same number.
        var number = await db.Database
            .SqlQuery<int>($"""
                INSERT INTO running_numbers (scope, period, last) VALUES ({scope}, {period}, 1)
                ON CONFLICT (scope, period) DO UPDATE SET last = running_numbers.last + 1
                RETURNING last AS "Value"
                """)
            .ToListAsync(cancellationToken);
        return number.Single();
    }

    /// <summary>
    /// Runs a write that takes numbers in one transaction and commits it. A write that lost a race it can win on a
    /// second try (a concurrency stamp changed under it, a PostgreSQL serialization failure or deadlock) starts again
    /// from a clean context, up to five times, so <paramref name="write"/> must build everything it saves itself
    /// (reload what it changes). A unique-key violation is not retried: the rolled-back number would be taken again
    /// and collide again; it reaches the caller (and the shared handler's 409) at once.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(
        DbContext db, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await write();
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateException exception) when (attempt < 5 && IsWorthRetrying(exception))
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }

    static bool IsWorthRetrying(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException
        || exception.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
        };
}
