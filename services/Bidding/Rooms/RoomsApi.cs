using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.Rooms;

/// <summary>
/// The trading centre's rooms and their bookings, so an opening, an evaluation or a draw never meets another one
/// in the same room (DESIGN §6: the sessions are held on the premises and recorded).
/// </summary>
public static class RoomsApi
{
    public static RouteGroupBuilder MapRoomsApi(this RouteGroupBuilder api)
    {
        var rooms = api.MapGroup("/rooms").WithTags("rooms").RequireAuthorization(Roles.TradingOfficer);
        rooms.MapGet("/", List)
            .WithSummary("列出交易场地");
        rooms.MapPost("/", Create)
            .WithSummary("新增交易场地");
        rooms.MapGet("/{code}/bookings", Bookings)
            .WithSummary("查看交易场地的预约");
        rooms.MapPost("/{code}/bookings", RoomBookings.BookAsync)
            .WithSummary("预约交易场地");
        rooms.MapDelete("/{code}/bookings/{bookingId}", RoomBookings.CancelAsync)
            .WithSummary("取消交易场地预约");
        return api;
    }

    static async Task<Ok<List<RoomView>>> List(BiddingDbContext db, CancellationToken cancellationToken)
    {
        var rooms = await db.Set<Room>().AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(rooms.Select(RoomView.Of).ToList());
    }

    static async Task<Results<Created<RoomView>, ProblemHttpResult>> Create(RoomRequest request,
        BiddingDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        if (RoomChecks.Check(request) is { Count: > 0 } errors)
        {
            return Problems.Invalid(errors);
        }
        if (await db.Set<Room>().AnyAsync(r => r.Code == request.Code, cancellationToken))
        {
            return Problems.Conflict("room-exists", $"房间编号 {request.Code} 已经登记，不能重复登记。");
        }
        var room = new Room
        {
            Id = Guid.CreateVersion7(),
            Code = request.Code!,
            Name = request.Name!.Trim(),
            Kind = request.Kind!,
            CreatedAt = clock.Now,
        };
        db.Add(room);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/bidding/rooms/{room.Code}", RoomView.Of(room));
    }

    /// <summary>The room's bookings that overlap [from, to) (either end open when not given), by start.</summary>
    static async Task<Results<Ok<List<BookingView>>, ProblemHttpResult>> Bookings(string code, DateTimeOffset? from,
        DateTimeOffset? to, BiddingDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<Room>().AsNoTracking().SingleOrDefaultAsync(r => r.Code == code, cancellationToken)
            is not { } room)
        {
            return RoomBookings.RoomNotFound(code);
        }
        // In memory: SQLite compares no DateTimeOffset; a room's bookings are few.
        var bookings = await db.Set<RoomBooking>().AsNoTracking().Where(b => b.RoomId == room.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(bookings.Where(b => (from is null || b.To > from) && (to is null || b.From < to))
            .OrderBy(b => b.From).Select(b => BookingView.Of(b, room.Code)).ToList());
    }
}
