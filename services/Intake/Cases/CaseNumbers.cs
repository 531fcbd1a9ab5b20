using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;

namespace Platform.Intake.Cases;

static class CaseNumbers
{
    /// <summary>
    /// SL + acceptance date + five-digit running number of that day, e.g. SL2025093000042. The number is taken with one
    /// UPDATE … RETURNING inside the caller's transaction: the row lock makes concurrent windows wait their turn
    /// instead of colliding, and a transaction that rolls back gives its number back.
    /// </summary>
    public static async Task<string> NextAsync(IntakeDbContext db, DateOnly date, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A case number is taken inside the transaction that stores the case.");
        }
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO case_counters (\"Date\", \"Last\") VALUES ({date}, 0) ON CONFLICT (\"Date\") DO NOTHING",
            cancellationToken);
        var number = await db.Database.SqlQuery<int>(
            $"UPDATE case_counters SET \"Last\" = \"Last\" + 1 WHERE \"Date\" = {date} RETURNING \"Last\" AS \"Value\"")
            .ToListAsync(cancellationToken);
        return $"SL{date:yyyyMMdd}{number.Single():D5}";
    }

    /// <summary>
    /// Runs a write that takes a case number in one transaction; a conflict starts it again from a clean context.
    /// </summary>
    public static async Task<T> WithRetryAsync<T>(IntakeDbContext db, Func<Task<T>> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            try
            {
                var result = await write();
                await transaction.CommitAsync();
                return result;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                await transaction.RollbackAsync();
                db.ChangeTracker.Clear();
            }
        }
    }
}
