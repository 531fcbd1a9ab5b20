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

    [Fact]
    public async Task Stopped_days_and_completed_cases_counted_provisionally_are_recounted_when_the_notice_arrives()
    {
        _hall.Host.Clock.Set("2026-12-24T10:00:00+08:00");
        var suspended = await _hall.AcceptAsync(); // promised 5
        _hall.Host.Clock.Set("2026-12-28T10:00:00+08:00");
        var completed = await _hall.AcceptAsync();
        _hall.Host.Clock.Set("2026-12-30T10:00:00+08:00");
        await Post($"/api/intake/cases/{suspended}/suspend", new { procedure = "inspection", reason = "现场核查" });

        // Before the 2027 notice: 12-31 and 01-01 count as working days, provisionally.
        _hall.Host.Clock.Set("2027-01-04T16:00:00+08:00");
        var done = await Post($"/api/intake/cases/{completed}/complete", new { result = "approved", decisionNo = "食经许〔2027〕1号" });
        Assert.Equal(5, done.GetProperty("workingDaysUsed").GetInt32()); // 12-29, 12-30, 12-31, 01-01, 01-04
        Assert.True(done.GetProperty("workingDaysProvisional").GetBoolean());
        _hall.Host.Clock.Set("2027-01-05T10:00:00+08:00");
        var resumed = await Post($"/api/intake/cases/{suspended}/resume", null);
        Assert.Equal(4, resumed.GetProperty("suspendedWorkingDays").GetInt32()); // 12-31, 01-01, 01-04, 01-05
        Assert.Equal("2027-01-06", resumed.GetProperty("dueDate").GetString());
        Assert.True(resumed.GetProperty("dueDateProvisional").GetBoolean());

        var version = await CalendarNotices.Load2027Async(_hall.Host);
        var redated = await CalendarNotices.WhenFollowedAsync(version,
            () => _hall.Window.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{suspended}"));
        // Recounted from the dates: 01-04 and 01-05 only; the due date 12-24 + 7 working days is 01-06, not 01-08.
        Assert.Equal(2, redated.GetProperty("suspendedWorkingDays").GetInt32());
        Assert.Equal("2027-01-06", redated.GetProperty("dueDate").GetString());
        Assert.False(redated.GetProperty("dueDateProvisional").GetBoolean());
        var recounted = await _hall.Window.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{completed}");
        Assert.Equal(3, recounted.GetProperty("workingDaysUsed").GetInt32()); // 12-29, 12-30, 01-04
        Assert.False(recounted.GetProperty("workingDaysProvisional").GetBoolean());
        Assert.True(await _hall.Harness.PublishedAsync<CaseWorkingDaysRecounted>(m =>
            m.CaseNo == completed && m.WorkingDaysUsed == 3 && m.OnTime && !m.WorkingDaysProvisional));
    }

    [Fact]
    public async Task A_red_warning_on_a_provisional_due_date_is_cleared_when_the_notice_moves_it_and_raised_again_on_the_real_one()
    {
        _hall.Host.Clock.Set("2026-12-28T10:00:00+08:00");
        var caseNo = await _hall.AcceptAsync(); // provisionally due 2027-01-04
        _hall.Host.Clock.Set("2027-01-05T10:00:00+08:00");
        var red = await EvaluatedWarning(caseNo, "red", "active"); // once supervision has the acceptance
        Assert.Equal("active", red.GetProperty("status").GetString());
        Assert.True(red.GetProperty("dueDateProvisional").GetBoolean());

        await CalendarNotices.Load2027Async(_hall.Host); // really due 01-06: 12-31 and 01-01 are holidays
        red = await EvaluatedWarning(caseNo, "red", "cleared");
        Assert.Equal("2027-01-06", red.GetProperty("dueDate").GetString());
        Assert.Equal("yellow", (await Warning(caseNo, "yellow")).GetProperty("level").GetString()); // 1 day left

        _hall.Host.Clock.Set("2027-01-07T10:00:00+08:00");
        red = await EvaluatedWarning(caseNo, "red", "active");
        Assert.False(red.GetProperty("dueDateProvisional").GetBoolean());
    }

    async Task<JsonElement> Warning(string caseNo, string level) => await FindWarning(caseNo, level)
        ?? throw new InvalidOperationException($"No {level} warning for {caseNo}.");

    async Task<JsonElement?> FindWarning(string caseNo, string level)
    {
        var all = await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/warnings");
        return all.EnumerateArray().Where(w => w.GetProperty("caseNo").GetString() == caseNo
            && w.GetProperty("level").GetString() == level).Cast<JsonElement?>().SingleOrDefault();
    }

    /// <summary>Evaluates until the warning is in that status (supervision follows intake's events asynchronously).</summary>
    async Task<JsonElement> EvaluatedWarning(string caseNo, string level, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement? warning;
        do
        {
            await Post("/api/supervision/warnings/evaluate", null, _hall.Supervisor);
            warning = await FindWarning(caseNo, level);
            if (warning?.GetProperty("status").GetString() == status)
            {
                return warning.Value;
            }
            await Task.Delay(100);
        } while (DateTime.UtcNow < deadline);
        Assert.Fail($"The {level} warning of {caseNo} did not become {status}: {warning}");
        return default;
    }

    async Task<JsonElement> Post(string url, object? body, HttpClient? client = null)
    {
        var response = await (client ?? _hall.Approver).PostAsJsonAsync(url, body ?? new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
