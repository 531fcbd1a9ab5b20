using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Intake.Queue;

/// <summary>取号 / 叫号: kiosks issue tickets (anonymous), windows call, recall, mark no-shows, transfer, finish.</summary>
public static class QueueApi
{
    /// <summary>Average service time used for the estimated wait shown on the ticket.</summary>
    const int MinutesPerTicket = 6;

    /// <summary>The longest matter or department code (a line is a department code).</summary>
    const int Code = 64;

    const string TicketRoute = "/tickets/{number:maxlength(8)}";

    public static RouteGroupBuilder MapQueueApi(this RouteGroupBuilder api)
    {
        var queue = api.MapGroup("/queue").WithTags("queue");
        queue.MapPost("/tickets", Issue).AllowAnonymous()
            .WithSummary("取号");
        queue.MapGet("/lines/{line:maxlength(64)}", Line).AllowAnonymous()
            .WithSummary("查看某一队列的等候情况");
        queue.MapGet("/calls", RecentCalls.List).AllowAnonymous()
            .WithSummary("查看最近的叫号（叫号屏）");
        queue.MapPost("/call", Call).RequireAuthorization(Roles.WindowStaff)
            .WithSummary("窗口叫下一个号");
        queue.MapPost(TicketRoute + "/recall", CalledTickets.Recall).RequireAuthorization(Roles.WindowStaff)
            .WithSummary("窗口重新呼叫已叫的号");
        queue.MapPost(TicketRoute + "/no-show", CalledTickets.NoShow).RequireAuthorization(Roles.WindowStaff)
            .WithSummary("登记过号未到");
        queue.MapPost(TicketRoute + "/served", CalledTickets.Served).RequireAuthorization(Roles.WindowStaff)
            .WithSummary("登记已办理完毕");
        queue.MapPost(TicketRoute + "/transfer", Transfer).RequireAuthorization(Roles.WindowStaff)
            .WithSummary("将号转到其他队列");
        return api;
    }

    static async Task<Results<Created<TicketIssuedResponse>, ProblemHttpResult>> Issue(TicketRequest request,
        IntakeDbContext db, ITicketQueue queue, HallClock clock, CancellationToken cancellationToken)
    {
        if (new TextLimits().Max("matterCode", request.MatterCode, Code)
            .Max("departmentCode", request.DepartmentCode, Code).Problem() is { } tooLong)
        {
            return tooLong;
        }
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
        // The number and the ticket commit together; only then does the ticket join its line.
        var ticket = await RunningNumbers.InTransactionAsync(db, async () =>
        {
            var issued = new Ticket
            {
                Id = Guid.NewGuid(),
                Day = day,
                Number = await TicketNumbers.NextAsync(db, day, request.Priority, cancellationToken),
                Line = line,
                MatterCode = request.MatterCode,
                Priority = request.Priority,
                Status = TicketStatus.Waiting,
                IssuedAt = now,
            };
            db.Tickets.Add(issued);
            db.AddEvent(new TicketIssued(issued.Number, day, issued.MatterCode, line, issued.Priority, now));
            await db.SaveChangesAsync(cancellationToken);
            return issued;
        }, cancellationToken);
        var ahead = await queue.EnqueueAsync(day, line, ticket.Number);
        return TypedResults.Created($"/api/intake/queue/tickets/{ticket.Number}",
            new TicketIssuedResponse(ticket.Number, line, ahead, ahead * MinutesPerTicket));
    }

    static async Task<Ok<LineView>> Line(string line, ITicketQueue queue, HallClock clock) =>
        TypedResults.Ok(new LineView(line, await queue.WaitingAsync(HallTime.DateOf(clock.Now), line)));

    static async Task<Results<Ok<TicketView>, NoContent, ProblemHttpResult>> Call(CallRequest request,
        IntakeDbContext db, ITicketQueue queue, HallClock clock, CancellationToken cancellationToken)
    {
        if (new TextLimits().Max("windowNo", request.WindowNo, 16).Max("lines", request.Lines, 50, Code).Problem()
            is { } tooLong)
        {
            return tooLong;
        }
        if (string.IsNullOrWhiteSpace(request.WindowNo) || request.Lines is not { Count: > 0 })
        {
            return Problems.Invalid([new("lines", "请给出窗口号（windowNo）和本窗口受理的队列（lines：部门编码）。")]);
        }
        var now = clock.Now;
        var day = HallTime.DateOf(now);
        while (await queue.TakeNextAsync(day, request.Lines) is { } number)
        {
            Ticket? ticket;
            try
            {
                ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Day == day && t.Number == number,
                    cancellationToken);
            }
            catch
            {
                queue.MarkStale(day); // taken from the queue but not called: it must not drop out of its line
                throw;
            }
            // The queue is only an index of the tickets table: an entry whose ticket is no longer waiting in one of
            // these lines (served meanwhile, a stale entry) is dropped, never called.
            if (ticket is not { Status: TicketStatus.Waiting } || !request.Lines.Contains(ticket.Line))
            {
                continue;
            }
            CalledTickets.Called(db, ticket, request.WindowNo.Trim(), now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another window called this ticket first (possible only while the queue runs on the database).
                db.ChangeTracker.Clear();
                continue;
            }
            catch
            {
                queue.MarkStale(day);
                throw;
            }
            return TypedResults.Ok(TicketView.Of(ticket));
        }
        return TypedResults.NoContent();
    }

    static async Task<Results<Ok<TicketView>, ProblemHttpResult>> Transfer(string number, TransferRequest request,
        IntakeDbContext db, ITicketQueue queue, HallClock clock, CancellationToken cancellationToken)
    {
        if (new TextLimits().Max("line", request.Line, Code).Problem() is { } tooLong)
        {
            return tooLong;
        }
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
