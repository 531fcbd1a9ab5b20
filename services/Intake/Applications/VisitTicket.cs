using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.Intake.Queue;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Applications;

/// <summary>
/// The queue ticket a window names with an application: it must be today's and called at that very window (called or
/// already served), so a case can only be tied to the visit the window is serving.
/// </summary>
static class VisitTicket
{
    public static async Task<ProblemHttpResult?> CheckAsync(ApplicationRequest request, DateOnly today,
        IntakeDbContext db, CancellationToken cancellationToken)
    {
        if (request.TicketNumber is null)
        {
            return null;
        }
        var number = request.TicketNumber.Trim().ToUpperInvariant();
        var ticket = await db.Tickets.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Day == today && t.Number == number, cancellationToken);
        if (ticket is null)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "ticket-not-found",
                $"今天没有 {number} 号，请核对排队号（ticketNumber）。");
        }
        if (ticket.Status is not (TicketStatus.Called or TicketStatus.Served)
            || ticket.WindowNo != request.WindowNo?.Trim())
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "ticket-not-called-here",
                $"{number} 号不是由本窗口（windowNo：{request.WindowNo}）叫号的，不能登记到这份申请上。");
        }
        return null;
    }
}
