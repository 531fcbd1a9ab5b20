using System.Net;
using System.Net.Http.Json;
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
    public async Task A_case_accepted_into_a_year_without_a_notice_gets_a_provisional_due_date_that_the_notice_redates()
    {
        _hall.Host.Clock.Set("2026-12-24T10:00:00+08:00");
        var caseNo = await _hall.AcceptAsync(); // promised 5: 12-25, 12-28, 12-29, 12-30, 12-31
        var before = await _hall.Window.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseNo}");
        Assert.Equal("2026-12-31", before.GetProperty("dueDate").GetString());
        Assert.False(before.GetProperty("dueDateProvisional").GetBoolean());

        // No 2027 notice yet: the hall still accepts, with a due date counted from weekends and marked provisional.
        _hall.Host.Clock.Set("2026-12-28T10:00:00+08:00");
        var early = await _hall.Submit(new { matterCode = "SC-001", applicant = Person(), materials = AllPresentSc001, outcome = "accept" });
        Assert.Equal(HttpStatusCode.Created, early.StatusCode);
        var receipt = (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt");
        var provisionalCase = receipt.GetProperty("caseNo").GetString()!;
        Assert.Equal("2027-01-04", receipt.GetProperty("dueDate").GetString()); // 12-29, 12-30, 12-31, 01-01, 01-04
        Assert.True(receipt.GetProperty("dueDateProvisional").GetBoolean());
        Assert.True(await _hall.Harness.PublishedAsync<ApplicationAccepted>(m => m.CaseNo == provisionalCase && m.DueDateProvisional));
        var tracked = await _hall.Anonymous.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{provisionalCase}/status?verify=002X");
        Assert.True(tracked.GetProperty("dueDateProvisional").GetBoolean());

        var version = await CalendarNotices.Load2027Async(_hall.Host);
        var after = await CalendarNotices.WhenFollowedAsync(version,
            () => _hall.Window.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseNo}"));
        Assert.Equal("2027-01-04", after.GetProperty("dueDate").GetString());
        // Supervision learns the moved deadline from intake, not by recomputing a case it only knows from events.
        Assert.True(await _hall.Harness.PublishedAsync<CaseDueDateChanged>(m =>
            m.CaseNo == caseNo && m.PreviousDueDate == new DateOnly(2026, 12, 31) && m.DueDate == new DateOnly(2027, 1, 4)
            && !m.DueDateProvisional));
        // The provisional date becomes the real one: 12-31 and 01-01 are the New Year holiday.
        var redated = await _hall.Window.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{provisionalCase}");
        Assert.Equal("2027-01-06", redated.GetProperty("dueDate").GetString());
        Assert.False(redated.GetProperty("dueDateProvisional").GetBoolean());
        Assert.Equal(version, redated.GetProperty("calendarVersion").GetString());
        Assert.True(await _hall.Harness.PublishedAsync<CaseDueDateChanged>(m =>
            m.CaseNo == provisionalCase && m.PreviousDueDate == new DateOnly(2027, 1, 4) && m.DueDate == new DateOnly(2027, 1, 6)
            && !m.DueDateProvisional));

        var accepted = await _hall.Submit(new { matterCode = "SC-001", applicant = Person(), materials = AllPresentSc001, outcome = "accept" });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var next = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt");
        Assert.Equal("2027-01-06", next.GetProperty("dueDate").GetString());
        Assert.False(next.GetProperty("dueDateProvisional").GetBoolean());
    }
}
