using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.ServiceDefaults.Security;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// Rooms and bookings: half-open intervals, no overlap (the clash named), at most 12 hours, never in the past, only
/// future bookings cancelled, and of two overlapping bookings made at once exactly one stored.
/// </summary>
public sealed class RoomTests : IAsyncLifetime
{
    readonly BiddingScenario _hall = new();
    static readonly DateTimeOffset Now = DateTimeOffset.Parse("2030-03-04T08:00:00+08:00", CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        await _hall.InitializeAsync();
        _hall.Host.Clock.FixedNow = Now;
        (await _hall.Officer.PostAsJsonAsync("/api/bidding/rooms",
            new { code = "KB-01", name = "第一开标室", kind = "opening" })).EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => _hall.DisposeAsync();

    Task<HttpResponseMessage> Book(DateTimeOffset from, DateTimeOffset to, string purpose = "开标") =>
        _hall.Officer.PostAsJsonAsync("/api/bidding/rooms/KB-01/bookings", new { purpose, from, to });

    [Fact]
    public async Task Rooms_are_listed_and_a_code_is_registered_once()
    {
        var rooms = await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/bidding/rooms");
        var room = rooms.EnumerateArray().Single();
        Assert.Equal(("KB-01", "opening"), (room.GetProperty("code").GetString(), room.GetProperty("kind").GetString()));
        await (await _hall.Officer.PostAsJsonAsync("/api/bidding/rooms",
            new { code = "KB-01", name = "又一个", kind = "opening" })).AssertProblemAsync(409, "room-exists");
        await (await _hall.Officer.PostAsJsonAsync("/api/bidding/rooms",
            new { code = "X1", name = "会议室", kind = "meeting" })).AssertProblemAsync(400);
        await (await _hall.As("firm1", Roles.Applicant).GetAsync("/api/bidding/rooms")).AssertProblemAsync(403);
    }

    [Fact]
    public async Task An_overlapping_booking_is_refused_naming_the_clash_and_an_adjoining_one_is_not()
    {
        var first = await (await Book(Now.AddHours(2), Now.AddHours(4), "项目甲开标")).Content
            .ReadFromJsonAsync<JsonElement>();
        var firstId = first.GetProperty("bookingId").GetString()!;

        var clash = await (await Book(Now.AddHours(3), Now.AddHours(5))).AssertProblemAsync(409, "room-booked");
        Assert.Contains(firstId, clash.GetProperty("detail").GetString());
        await (await Book(Now.AddHours(1), Now.AddHours(2.5))).AssertProblemAsync(409, "room-booked");
        await (await Book(Now.AddHours(2.5), Now.AddHours(3))).AssertProblemAsync(409, "room-booked");

        // [from, to): ending when the other begins, or beginning when it ends, is no clash.
        Assert.Equal(HttpStatusCode.Created, (await Book(Now.AddHours(1), Now.AddHours(2))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Book(Now.AddHours(4), Now.AddHours(5))).StatusCode);

        var day = await _hall.Officer.GetFromJsonAsync<JsonElement>(
            $"/api/bidding/rooms/KB-01/bookings?from={Q(Now.AddHours(2))}&to={Q(Now.AddHours(4))}");
        Assert.Equal([firstId], day.EnumerateArray().Select(b => b.GetProperty("bookingId").GetString()));
        Assert.Equal(3, (await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/bidding/rooms/KB-01/bookings"))
            .GetArrayLength());
    }

    [Fact]
    public async Task Bookings_in_the_past_longer_than_12_hours_or_backwards_are_refused()
    {
        await (await Book(Now.AddHours(-1), Now.AddHours(1))).AssertProblemAsync(422, "booking-refused");
        await (await Book(Now.AddHours(1), Now.AddHours(13.5))).AssertProblemAsync(422, "booking-refused");
        await (await Book(Now.AddHours(3), Now.AddHours(2))).AssertProblemAsync(422, "booking-refused");
        await (await _hall.Officer.PostAsJsonAsync("/api/bidding/rooms/KB-01/bookings",
            new { purpose = "开标", from = Now.AddHours(1) })).AssertProblemAsync(400);
        await (await _hall.Officer.PostAsJsonAsync("/api/bidding/rooms/NONE/bookings",
            new { purpose = "开标", from = Now.AddHours(1), to = Now.AddHours(2) })).AssertProblemAsync(404);
        await (await _hall.Officer.PostAsJsonAsync("/api/bidding/rooms/KB-01/bookings", new
        {
            projectId = Guid.NewGuid(),
            purpose = "开标",
            from = Now.AddHours(1),
            to = Now.AddHours(2),
        })).AssertProblemAsync(422, "project-not-found");
        Assert.Equal(HttpStatusCode.Created, (await Book(Now.AddHours(1), Now.AddHours(13))).StatusCode);
    }

    [Fact]
    public async Task Only_a_booking_that_has_not_begun_is_cancelled()
    {
        var booking = await (await Book(Now.AddHours(1), Now.AddHours(2))).Content.ReadFromJsonAsync<JsonElement>();
        var id = booking.GetProperty("bookingId").GetString();
        var later = await (await Book(Now.AddHours(3), Now.AddHours(4))).Content.ReadFromJsonAsync<JsonElement>();

        _hall.Host.Clock.FixedNow = Now.AddHours(1.5);
        await (await _hall.Officer.DeleteAsync($"/api/bidding/rooms/KB-01/bookings/{id}"))
            .AssertProblemAsync(409, "booking-started");
        var laterId = later.GetProperty("bookingId").GetString();
        Assert.Equal(HttpStatusCode.NoContent,
            (await _hall.Officer.DeleteAsync($"/api/bidding/rooms/KB-01/bookings/{laterId}")).StatusCode);
        await (await _hall.Officer.DeleteAsync($"/api/bidding/rooms/KB-01/bookings/{laterId}"))
            .AssertProblemAsync(404, "booking-not-found");
        // The freed period can be booked again.
        Assert.Equal(HttpStatusCode.Created, (await Book(Now.AddHours(3), Now.AddHours(4))).StatusCode);
    }

    [Fact]
    public async Task Of_two_overlapping_bookings_made_at_once_exactly_one_is_stored()
    {
        for (var round = 0; round < 5; round++)
        {
            var from = Now.AddHours(1 + round * 2);
            var answers = await Task.WhenAll(Book(from, from.AddHours(1), "甲"), Book(from.AddMinutes(30),
                from.AddHours(1.5), "乙"));
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        }
        Assert.Equal(5, (await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/bidding/rooms/KB-01/bookings"))
            .GetArrayLength());
    }

    static string Q(DateTimeOffset instant) => Uri.EscapeDataString(instant.ToString("O"));
}
