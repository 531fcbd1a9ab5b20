using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Intake.Queue;

/// <summary>取号 / 叫号: kiosks issue tickets (anonymous), windows call, recall, mark no-shows, transfer, finish.</summary>
public static class QueueApi
{
    /// <summary>Average service time used for the estimated wait shown on the ticket.</summary>
    const int MinutesPerTicket = 6;

    public static RouteGroupBuilder MapQueueApi(this RouteGroupBuilder api)
    {
        var queue = api.MapGroup("/queue").WithTags("queue");
        queue.MapPost("/tickets", Issue).AllowAnonymous();
        queue.MapGet("/lines/{line}", Line).AllowAnonymous();
        queue.MapPost("/call", Call).RequireAuthorization(Roles.WindowStaff);
        queue.MapPost("/tickets/{number}/recall", CalledTickets.Recall).RequireAuthorization(Roles.WindowStaff);
        queue.MapPost("/tickets/{number}/no-show", CalledTickets.NoShow).RequireAuthorization(Roles.WindowStaff);
        queue.MapPost("/tickets/{number}/served", CalledTickets.Served).RequireAuthorization(Roles.WindowStaff);
        queue.MapPost("/tickets/{number}/transfer", Transfer).RequireAuthorization(Roles.WindowStaff);
        return api;
    }

    static async Task<Results<Created<TicketIssuedResponse>, ProblemHttpResult>> Issue(TicketRequest request,
        IntakeDbContext db, ITicketQueue queue, HallClock clock, CancellationToken cancellationToken)
    {
        string? line = request.DepartmentCode;
        if (request.MatterCode is not null)
        {
            line = await db.Matters.Where(m => m.Code == request.MatterCode && m.Published)
                .Select(m => m.DepartmentCode).SingleOrDefaultAsync(cancellationToken);
        }
        else if (line is not null
            && !await db.Matters.AnyAsync(m => m.DepartmentCode == line && m.Published, cancellationToken))
        {
            line = null;
        }
        if (line is null)
        {
            return Problems.Invalid([new("matterCode",
                "请选择一个已发布的事项（matterCode）或在本大厅设有事项的部门（departmentCode）。")]);
        }

        var now = clock.Now;
        var day = HallTime.DateOf(now);
        var place = await queue.EnqueueAsync(day, line, request.Priority);
        var ticket = new Ticket
        {
            Id = Guid.NewGuid(),
            Day = day,
            Number = place.Number,
            Line = line,
            MatterCode = request.MatterCode,
            Priority = request.Priority,
            Status = TicketStatus.Waiting,
            IssuedAt = now,
        };
        db.Tickets.Add(ticket);
        db.AddEvent(new TicketIssued(ticket.Number, day, ticket.MatterCode, line, ticket.Priority, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/intake/queue/tickets/{ticket.Number}",
            new TicketIssuedResponse(ticket.Number, line, place.Ahead, place.Ahead * MinutesPerTicket));
    }

    static async Task<Ok<LineView>> Line(string line, ITicketQueue queue, HallClock clock) =>
        TypedResults.Ok(new LineView(line, await queue.WaitingAsync(HallTime.DateOf(clock.Now), line)));

    static async Task<Results<Ok<TicketView>, NoContent, ProblemHttpResult>> Call(CallRequest request,
        IntakeDbContext db, ITicketQueue queue, HallClock clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.WindowNo) || request.Lines is not { Count: > 0 })
        {
            return Problems.Invalid([new("lines", "请给出窗口号（windowNo）和本窗口受理的队列（lines：部门编码）。")]);
        }
        var now = clock.Now;
        var day = HallTime.DateOf(now);
        var number = await queue.TakeNextAsync(day, request.Lines);
        if (number is null)
        {
            return TypedResults.NoContent();
        }
        var ticket = await db.Tickets.SingleAsync(t => t.Day == day && t.Number == number, cancellationToken);
        CalledTickets.Called(db, ticket, request.WindowNo.Trim(), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TicketView.Of(ticket));
    }

    static async Task<Results<Ok<TicketView>, ProblemHttpResult>> Transfer(string number, TransferRequest request,
        IntakeDbContext db, ITicketQueue queue, HallClock clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Line))
        {
            return Problems.Invalid([new("line", "请给出转入的队列（部门编码）。")]);
        }
        var day = HallTime.DateOf(clock.Now);
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Day == day && t.Number == number, cancellationToken);
        if (ticket is null)
        {
            return QueueProblems.TicketNotFound(number);
        }
        var from = ticket.Line;
        ticket.Line = request.Line.Trim();
        ticket.Status = TicketStatus.Waiting;
        await db.SaveChangesAsync(cancellationToken);
        await queue.MoveAsync(day, from, ticket.Line, ticket.Number);
        return TypedResults.Ok(TicketView.Of(ticket));
    }
}
