using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Disclosure;

/// <summary>DESIGN §4: disclosure follows the catalogue's calendar and moves the reply dates still running.</summary>
public sealed class DisclosureCalendarTests : IAsyncLifetime
{
    readonly DisclosureScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    [Fact]
    public async Task Loading_next_years_notice_moves_an_open_requests_reply_date()
    {
        _hall.Host.Clock.Set("2026-12-03T10:00:00+08:00");
        var request = await _hall.RegisterAsync();
        var no = request.GetProperty("requestNo").GetString();
        // 12-04 1, 12-07…11 6, 12-14…18 11, 12-21…25 16, 12-28…31 20.
        Assert.Equal("2026-12-31", request.GetProperty("dueDate").GetString());

        var version = await CalendarNotices.Load2027Async(_hall.Host);
        var after = await CalendarNotices.WhenFollowedAsync(version,
            () => _hall.Officer.GetFromJsonAsync<JsonElement>($"/api/disclosure/requests/{no}"));
        Assert.Equal("2027-01-04", after.GetProperty("dueDate").GetString()); // 12-31 is now a holiday, 01-01 too
    }
}
