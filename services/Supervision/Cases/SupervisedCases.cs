using Microsoft.EntityFrameworkCore;
using Platform.Supervision.Data;

namespace Platform.Supervision.Cases;

static class SupervisedCases
{
    /// <summary>
    /// The case's row, created if this is the first event of the case, in one round trip: INSERT … ON CONFLICT
    /// DO UPDATE … RETURNING gives the new row or the stored one. Two events of one case consumed at the same moment
    /// (acceptance and completion) both find the row instead of colliding on its key; the no-op update locks the row
    /// until this transaction ends, so what is read here is what the later UPDATE writes over (no lost update).
    /// </summary>
    public static async Task<SupervisedCase> FindOrAddAsync(SupervisionDbContext db, string caseNo,
        CancellationToken cancellationToken)
    {
        var rows = await db.Cases.FromSql(
            $"""
            INSERT INTO cases ("CaseNo", "PromisedLimitDays", "DueDateProvisional", "WorkingDaysProvisional",
                "CompletionFollows")
            VALUES ({caseNo}, 0, FALSE, FALSE, FALSE)
            ON CONFLICT ("CaseNo") DO UPDATE SET "CaseNo" = excluded."CaseNo"
            RETURNING *
            """).ToListAsync(cancellationToken);
        return rows.Single();
    }
}
