using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.Data;

namespace Platform.Disclosure.Numbering;

static class YearCounters
{
    /// <summary>
    /// The next number of that kind and year, taken with one UPDATE … RETURNING inside the caller's transaction: the
    /// row lock makes concurrent writers wait their turn, and a rolled-back transaction gives its number back.
    /// </summary>
    public static async Task<int> NextAsync(DisclosureDbContext db, string kind, int year,
        CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "A running number is taken inside the transaction that stores its owner.");
        }
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO year_counters ("Kind", "Year", "Last") VALUES ({kind}, {year}, 0)
            ON CONFLICT ("Kind", "Year") DO NOTHING
            """,
            cancellationToken);
        var number = await db.Database
            .SqlQuery<int>(
                $"""
                UPDATE year_counters SET "Last" = "Last" + 1 WHERE "Kind" = {kind} AND "Year" = {year}
                RETURNING "Last" AS "Value"
                """)
            .ToListAsync(cancellationToken);
        return number.Single();
    }

    /// <summary>Runs a write that takes a number in one transaction, committed with it.</summary>
    public static async Task<T> InTransactionAsync<T>(DisclosureDbContext db, Func<Task<T>> write,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await write();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
