using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Intake;
using static Platform.ComponentTests.Intake.IntakeScenario;

namespace Platform.ComponentTests.Intake;

/// <summary>DESIGN §4: when the calendar changes, open cases' deadlines are recomputed and record the new version.</summary>
public sealed class CalendarChangeTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    [Fact]
    public async Task Loading_next_years_notice_moves_open_deadlines_and_lets_the_window_accept_into_that_year()
    {
        _hall.Host.Clock.Set("2026-12-24T10:00:00+08:00");
        var caseNo = await _hall.AcceptAsync(); // promised 5: 12-25, 12-28, 12-29, 12-30, 12-31
        var before = await _hall.Window.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseNo}");
        Assert.Equal("2026-12-31", before.GetProperty("dueDate").GetString());

        _hall.Host.Clock.Set("2026-12-28T10:00:00+08:00");
        var tooEarly = await _hall.Submit(new { matterCode = "SC-001", applicant = Person(), materials = AllPresentSc001, outcome = "accept" });
        await tooEarly.AssertProblemAsync(422, "calendar-year-missing");

        var version = await CalendarNotices.Load2027Async(_hall.Host);
        var after = await CalendarNotices.WhenFollowedAsync(version,
            () => _hall.Window.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseNo}"));
        Assert.Equal("2027-01-04", after.GetProperty("dueDate").GetString());
        // Supervision learns the moved deadline from intake, not by recomputing a case it only knows from events.
        Assert.True(await _hall.Harness.PublishedAsync<CaseDueDateChanged>(m =>
            m.CaseNo == caseNo && m.PreviousDueDate == new DateOnly(2026, 12, 31) && m.DueDate == new DateOnly(2027, 1, 4)));
        var accepted = await _hall.Submit(new { matterCode = "SC-001", applicant = Person(), materials = AllPresentSc001, outcome = "accept" });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal("2027-01-06", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetProperty("dueDate").GetString());
    }
}
