using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;

namespace Platform.Intake.Cases;

/// <summary>The day's running number of accepted cases; a concurrency stamp keeps two windows from sharing one.</summary>
public sealed class CaseCounter
{
    public DateOnly Date { get; set; }
    public int Last { get; set; }
    public int ConcurrencyStamp { get; set; }
}

static class CaseNumbers
{
    /// <summary>SL + acceptance date + five-digit running number of that day, e.g. SL2025093000042.</summary>
    public static async Task<string> NextAsync(IntakeDbContext db, DateOnly date, CancellationToken cancellationToken)
    {
        var counter = await db.CaseCounters.SingleOrDefaultAsync(c => c.Date == date, cancellationToken);
        if (counter is null)
        {
            counter = new CaseCounter { Date = date };
            db.CaseCounters.Add(counter);
        }
        counter.Last++;
        counter.ConcurrencyStamp++;
        return $"SL{date:yyyyMMdd}{counter.Last:D5}";
    }

    /// <summary>
    /// Runs a write that takes a case number; when another window took the same number first (a concurrency or
    /// unique-key conflict), starts again from a clean context.
    /// </summary>
    public static async Task<T> WithRetryAsync<T>(IntakeDbContext db, Func<Task<T>> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
