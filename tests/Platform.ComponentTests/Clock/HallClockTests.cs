using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.ComponentTests.Intake;
using Platform.Contracts.Intake;
using Platform.WorkingDays;

namespace Platform.ComponentTests.Clock;

/// <summary>
/// DESIGN §2's hall clock with Clock:Adjustable on: the administrator moves it forward (never back), the services
/// follow and the deadline watchers run at once. The real clock runs underneath, so the dates are relative to today
/// (the calendar's data must still cover today plus two weeks).
/// </summary>
public sealed class HallClockTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new(new Dictionary<string, string> { ["Clock:Adjustable"] = "true" }, hostClock: true);

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static string Text(DateTimeOffset instant) =>
        instant.ToOffset(HallTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    async Task<DateTimeOffset> HallNow()
    {
        var clock = await _hall.Admin.GetFromJsonAsync<JsonElement>("/api/admin/clock");
        Assert.True(clock.GetProperty("adjustable").GetBoolean());
        return clock.GetProperty("now").GetDateTimeOffset();
    }

    [Fact]
    public async Task Moved_forward_the_services_follow_and_the_warning_clock_runs_at_once()
    {
        // SC-001 is promised in 5 working days: accepted today, it is red two weeks on. Two weeks on may be next year:
        // its notice is loaded so that nothing there is provisional or missing.
        await CalendarNotices.Load2027Async(_hall.Host);
        var today = await HallNow();
        var cases = $"caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays\nK-1,SC-001,{Text(today.AddMinutes(-5))},,0\n";
        (await _hall.Admin.PostAsync("/api/intake/cases/import", new StringContent(cases, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var day = HallTime.DateOf(today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Until(async () => (await _hall.Supervisor.GetFromJsonAsync<JsonElement>($"/api/supervision/metrics?from={day}&to={day}"))
            .GetProperty("accepted").GetInt32() == 1);
        Assert.Empty((await Warnings()).EnumerateArray());

        var target = new DateTimeOffset(HallTime.DateOf(today).AddDays(14).ToDateTime(new TimeOnly(10, 0)), HallTime.Offset);
        var moved = await _hall.Admin.PutAsJsonAsync("/api/admin/clock", new { now = Text(target) });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.InRange((await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("now").GetDateTimeOffset(), target, target.AddMinutes(1));
        var now = await HallNow();
        Assert.InRange(now, target, target.AddMinutes(1));
        // The warning clock ticks every 5 minutes: only the move can have brought its round on.
        await Until(async () => (await Warnings()).EnumerateArray().Any(w => w.GetProperty("caseNo").GetString() == "K-1"
            && w.GetProperty("level").GetString() == "red"));
        // Intake's queue issues tickets for the moved day.
        (await _hall.Anonymous.PostAsJsonAsync("/api/intake/queue/tickets", new { matterCode = "SC-001" })).EnsureSuccessStatusCode();
        Assert.True(await _hall.Harness.PublishedAsync<TicketIssued>(t => t.QueueDate == HallTime.DateOf(target)));
        Assert.True(await _hall.Harness.PublishedAsync<HallClockMoved>(m => m.Now == target));
    }

    [Fact]
    public async Task Backwards_unreadable_or_not_by_an_admin_the_clock_stays_where_it_is()
    {
        var before = await HallNow();

        var backwards = await _hall.Admin.PutAsJsonAsync("/api/admin/clock", new { now = Text(before.AddDays(-1)) });
        var problem = await backwards.AssertProblemAsync(422, "clock-moves-forward-only");
        Assert.Contains("now", problem.GetProperty("detail").GetString());
        await (await _hall.Admin.PutAsJsonAsync("/api/admin/clock", new { now = "2026-12-20T09:00:00" })).AssertProblemAsync(400);
        await (await _hall.Admin.PutAsJsonAsync("/api/admin/clock", new { now = "下周一" })).AssertProblemAsync(400);
        await (await _hall.Admin.PutAsJsonAsync("/api/admin/clock", new { })).AssertProblemAsync(400);
        var byWindow = await _hall.Window.PutAsJsonAsync("/api/admin/clock", new { now = Text(before.AddDays(1)) });
        Assert.Equal(HttpStatusCode.Forbidden, byWindow.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _hall.Window.GetAsync("/api/admin/clock")).StatusCode);

        Assert.InRange(await HallNow(), before, before.AddMinutes(1));
    }

    [Fact]
    public async Task Off_by_default_the_clock_cannot_move()
    {
        using var data = new TempDirectory();
        await using var host = new StandaloneFactory(data.Path, hostClock: true);
        var admin = host.CreateClient();
        admin.WithToken(await admin.SignInAsync("admin"));

        var move = await admin.PutAsJsonAsync("/api/admin/clock", new { now = Text(DateTimeOffset.UtcNow.AddDays(1)) });

        await move.AssertProblemAsync(404, "clock-not-adjustable");
        var clock = await admin.GetFromJsonAsync<JsonElement>("/api/admin/clock");
        Assert.False(clock.GetProperty("adjustable").GetBoolean());
        Assert.InRange(clock.GetProperty("now").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    Task<JsonElement> Warnings() => _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/warnings");

    static async Task Until(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(100);
        }
    }
}
