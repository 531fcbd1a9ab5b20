using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.WorkingDays;

namespace Platform.Intake.Queue;

/// <summary>
/// 叫号屏: today's latest calls across all lines (ticket → window), anonymous like the waiting counts, so a screen
/// in the hall shows them with one request per refresh.
/// </summary>
static class RecentCalls
{
    const int Shown = 30;

    public static async Task<Ok<CallsResponse>> List(IntakeDbContext db, HallClock clock,
        CancellationToken cancellationToken)
    {
        var day = HallTime.DateOf(clock.Now);
        var called = await db.Tickets.AsNoTracking()
            .Where(t => t.Day == day && t.CalledAt != null && t.WindowNo != null)
            .Select(t => new CallView(t.Number, t.Line, t.MatterCode, t.Priority, t.WindowNo!, t.Status,
                t.CalledAt!.Value, t.Calls))
            .ToListAsync(cancellationToken);
        // Instants are ordered here: SQLite (the standalone host) cannot order by them.
        return TypedResults.Ok(new CallsResponse(
            called.OrderByDescending(c => c.CalledAt).ThenByDescending(c => c.Calls).Take(Shown).ToList()));
    }
}
