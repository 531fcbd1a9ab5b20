using System.Net;
using System.Net.Http.Json;
using System.Text;
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

        var catalogue = _hall.Host.CreateClient();
        catalogue.WithToken(await catalogue.SignInAsync("catalogue01"));
        const string notice = """
            {"year":2027,"days":[{"name":"元旦","date":"2026-12-31","isOffDay":true},{"name":"元旦","date":"2027-01-01","isOffDay":true}]}
            """;
        Assert.Equal(HttpStatusCode.OK, (await catalogue.PutAsync("/api/catalogue/calendar/years/2027", new StringContent(notice, Encoding.UTF8, "application/json"))).StatusCode);
        var version = (await _hall.Anonymous.GetFromJsonAsync<JsonElement>("/api/catalogue/calendar/years")).GetProperty("version").GetString();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement after;
        do
        {
            await Task.Delay(100);
            after = await _hall.Officer.GetFromJsonAsync<JsonElement>($"/api/disclosure/requests/{no}");
        } while (after.GetProperty("calendarVersion").GetString() != version && DateTime.UtcNow < deadline);
        Assert.Equal(version, after.GetProperty("calendarVersion").GetString());
        Assert.Equal("2027-01-04", after.GetProperty("dueDate").GetString()); // 12-31 is now a holiday, 01-01 too
    }
}
