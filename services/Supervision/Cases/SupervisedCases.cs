using Microsoft.EntityFrameworkCore;
using Platform.Supervision.Data;

namespace Platform.Supervision.Cases;

static class SupervisedCases
{
    /// <summary>
    /// The case's row, created if this is the first event of the case. Created with INSERT … ON CONFLICT DO NOTHING so
    /// that two events of one case consumed at the same moment (acceptance and completion) both find the row instead of
    /// colliding on its key and waiting out a retry.
    /// </summary>
    public static async Task<SupervisedCase> FindOrAddAsync(SupervisionDbContext db, string caseNo,
        CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO cases ("CaseNo", "PromisedLimitDays", "DueDateProvisional", "WorkingDaysProvisional",
                "CompletionFollows")
            VALUES ({caseNo}, 0, FALSE, FALSE, FALSE)
            ON CONFLICT ("CaseNo") DO NOTHING
            """,
            cancellationToken);
        return await db.Cases.SingleAsync(c => c.CaseNo == caseNo, cancellationToken);
    }
}
