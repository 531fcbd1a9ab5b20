using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Bidding.Rooms;

/// <summary>
/// Booking and cancelling: each touches the room, whose concurrency stamp makes the overlap check and the insert one
/// step — of two overlapping bookings made at once, the later save fails (409) instead of both being stored.
/// </summary>
public static class RoomBookings
{
    public static async Task<Results<Created<BookingView>, ProblemHttpResult>> BookAsync(string code,
        BookingRequest request, ClaimsPrincipal user, BiddingDbContext db, HallClock clock,
        CancellationToken cancellationToken)
    {
        var now = clock.Now;
        if (RoomChecks.Check(request) is { Count: > 0 } errors)
        {
            return Problems.Invalid(errors);
        }
        var (from, to) = (request.From!.Value, request.To!.Value);
        if (RoomChecks.Refusal(from, to, now) is { } refusal)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "booking-refused", refusal);
        }
        if (await db.Set<Room>().SingleOrDefaultAsync(r => r.Code == code, cancellationToken) is not { } room)
        {
            return RoomNotFound(code);
        }
        if (request.ProjectId is { } projectId
            && !await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "project-not-found",
                $"没有找到交易项目 {projectId}；请核对项目编号，或不填项目。");
        }
        // In memory: SQLite compares no DateTimeOffset; a room's bookings are few.
        var bookings = await db.Set<RoomBooking>().AsNoTracking().Where(b => b.RoomId == room.Id)
            .ToListAsync(cancellationToken);
        var clash = bookings.Where(b => b.From < to && b.To > from).MinBy(b => b.From);
        if (clash is not null)
        {
            return Problems.Conflict("room-booked",
                $"{room.Name}（{room.Code}）在 {Local(clash.From)} 至 {Local(clash.To)} 已有预约 {clash.Id}"
                + $"（{clash.Purpose}），与所选时段重叠；请换一个时段或房间。");
        }
        var booking = new RoomBooking
        {
            Id = Guid.CreateVersion7(now),
            RoomId = room.Id,
            ProjectId = request.ProjectId,
            Purpose = request.Purpose!.Trim(),
            From = from,
            To = to,
            BookedBy = user.UserName(),
            BookedAt = now,
        };
        db.Add(booking);
        room.BookingsChangedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/bidding/rooms/{room.Code}/bookings/{booking.Id}",
            BookingView.Of(booking, room.Code));
    }

    /// <summary>Only a booking that has not begun: one under way or past is what happened in the room.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> CancelAsync(string code, string bookingId,
        BiddingDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        if (await db.Set<Room>().SingleOrDefaultAsync(r => r.Code == code, cancellationToken) is not { } room)
        {
            return RoomNotFound(code);
        }
        var booking = Guid.TryParse(bookingId, out var id)
            ? await db.Set<RoomBooking>().SingleOrDefaultAsync(b => b.Id == id && b.RoomId == room.Id,
                cancellationToken)
            : null;
        if (booking is null)
        {
            return Problems.NotFound("booking-not-found", $"{room.Name}（{room.Code}）没有预约 {bookingId}。");
        }
        var now = clock.Now;
        if (booking.From <= now)
        {
            return Problems.Conflict("booking-started",
                $"预约 {booking.Id} 已于 {Local(booking.From)} 开始，不能取消；只能取消尚未开始的预约。");
        }
        db.Remove(booking);
        room.BookingsChangedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static ProblemHttpResult RoomNotFound(string code) =>
        Problems.NotFound("room-not-found", $"没有编号为 {code} 的房间。");

    static string Local(DateTimeOffset instant) =>
        instant.ToOffset(HallTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
