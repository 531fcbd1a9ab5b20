using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Intake.Queue;

/// <summary>What a window does with a ticket it called today: call it again, mark a no-show, finish it.</summary>
static class CalledTickets
{
    public static async Task<Results<Ok<TicketView>, ProblemHttpResult>> Recall(string number, CallRequest request,
        IntakeDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        // The window number is stored on the ticket and in its event, as by a first call (QueueApi.Call).
        if (new TextLimits().Max("windowNo", request.WindowNo, 16).Problem() is { } tooLong)
        {
            return tooLong;
        }
        return await Change(number, db, clock, cancellationToken,
            (ticket, now) => Called(db, ticket, request.WindowNo ?? ticket.WindowNo!, now));
    }

    public static Task<Results<Ok<TicketView>, ProblemHttpResult>> NoShow(string number, IntakeDbContext db,
        HallClock clock, CancellationToken cancellationToken) =>
        Change(number, db, clock, cancellationToken, (ticket, _) => ticket.Status = TicketStatus.NoShow);

    public static Task<Results<Ok<TicketView>, ProblemHttpResult>> Served(string number, IntakeDbContext db,
        HallClock clock, CancellationToken cancellationToken) =>
        Change(number, db, clock, cancellationToken, (ticket, now) =>
        {
            ticket.Status = TicketStatus.Served;
            ticket.ServiceSeconds = (int)(now - (ticket.CalledAt ?? now)).TotalSeconds;
        });

    /// <summary>A call (first or again): the window, the first call's time and wait, and the event.</summary>
    public static void Called(IntakeDbContext db, Ticket ticket, string windowNo, DateTimeOffset now)
    {
        ticket.Status = TicketStatus.Called;
        ticket.WindowNo = windowNo;
        ticket.CalledAt ??= now;
        ticket.WaitSeconds ??= (int)(now - ticket.IssuedAt).TotalSeconds;
        ticket.Calls++;
        db.AddEvent(new TicketCalled(ticket.Number, ticket.Day, windowNo, now, ticket.WaitSeconds.Value));
    }

    static async Task<Results<Ok<TicketView>, ProblemHttpResult>> Change(string number, IntakeDbContext db,
        HallClock clock, CancellationToken cancellationToken, Action<Ticket, DateTimeOffset> apply)
    {
        var now = clock.Now;
        var day = HallTime.DateOf(now);
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Day == day && t.Number == number, cancellationToken);
        if (ticket is null)
        {
            return QueueProblems.TicketNotFound(number);
        }
        if (ticket.Status == TicketStatus.Waiting)
        {
            return Problems.Conflict("ticket-not-called", $"{number} 号尚未被叫号。");
        }
        apply(ticket, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TicketView.Of(ticket));
    }
}
