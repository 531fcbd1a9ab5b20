using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Intake;

namespace Platform.ComponentTests.Intake;

/// <summary>评价器 at the window: a rating by today's queue ticket and the case registered from it, without an account.</summary>
public sealed class WalkInRatingTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    /// <summary>A ticket issued at the kiosk and called at window A01; its number.</summary>
    async Task<string> CalledTicketAsync(string window = "A01")
    {
        (await _hall.Anonymous.PostAsJsonAsync("/api/intake/queue/tickets", new { matterCode = "SC-001" }))
            .EnsureSuccessStatusCode();
        var called = await _hall.Window.PostAsJsonAsync("/api/intake/queue/call",
            new { windowNo = window, lines = new[] { "SCJGJ" } });
        return (await called.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ticketNo").GetString()!;
    }

    Task<HttpResponseMessage> Apply(string? ticketNumber, string window = "A01") =>
        _hall.Submit(new
        {
            matterCode = "SC-001",
            windowNo = window,
            applicant = IntakeScenario.Person(),
            materials = IntakeScenario.AllPresentSc001,
            outcome = "accept",
            ticketNumber,
        });

    [Fact]
    public async Task The_applicant_rates_the_accepted_case_once_by_ticket_and_case_number()
    {
        _hall.Host.Clock.Set("2026-12-02T09:00:00+08:00");
        var ticket = await CalledTicketAsync();
        var accepted = await Apply(ticket);
        accepted.EnsureSuccessStatusCode();
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        var caseNo = body.GetProperty("receipt").GetProperty("caseNo").GetString()!;
        Assert.Contains(ticket, body.GetProperty("case").GetProperty("timeline")[0].GetProperty("note").GetString());

        var rated = await _hall.Anonymous.PostAsJsonAsync($"/api/intake/queue/tickets/{ticket}/rating",
            new { caseNo, score = 5, category = "服务态度", comment = "很耐心" });

        rated.EnsureSuccessStatusCode();
        Assert.Equal(5, (await rated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("score").GetInt32());
        Assert.True(await _hall.Harness.PublishedAsync<CaseRated>(e => e.CaseNo == caseNo && e.Score == 5
            && e.WindowNo == "A01" && e.Category == "服务态度"));
        var again = await _hall.Anonymous.PostAsJsonAsync($"/api/intake/queue/tickets/{ticket}/rating",
            new { caseNo, score = 1 });
        await again.AssertProblemAsync(409, "already-rated");
        var view = await _hall.Approver.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseNo}");
        Assert.Equal(5, view.GetProperty("ratingScore").GetInt32());
    }

    [Fact]
    public async Task Only_the_case_of_that_ticket_and_only_on_its_day()
    {
        _hall.Host.Clock.Set("2026-12-02T09:00:00+08:00");
        var ticket = await CalledTicketAsync();
        var withTicket = await (await Apply(ticket)).Content.ReadFromJsonAsync<JsonElement>();
        var caseNo = withTicket.GetProperty("receipt").GetProperty("caseNo").GetString()!;
        var otherCase = await _hall.AcceptAsync();

        await (await _hall.Anonymous.PostAsJsonAsync($"/api/intake/queue/tickets/{ticket}/rating",
            new { caseNo = otherCase, score = 1 })).AssertProblemAsync(404, "rating-not-available");
        await (await _hall.Anonymous.PostAsJsonAsync("/api/intake/queue/tickets/A999/rating",
            new { caseNo, score = 1 })).AssertProblemAsync(404, "rating-not-available");
        await (await _hall.Anonymous.PostAsJsonAsync($"/api/intake/queue/tickets/{ticket}/rating",
            new { caseNo, score = 6 })).AssertProblemAsync(400, "validation-failed");

        _hall.Host.Clock.Set("2026-12-03T09:00:00+08:00");
        await (await _hall.Anonymous.PostAsJsonAsync($"/api/intake/queue/tickets/{ticket}/rating",
            new { caseNo, score = 4 })).AssertProblemAsync(404, "rating-not-available");
    }

    [Fact]
    public async Task Guessing_ticket_and_case_pairs_is_stopped()
    {
        _hall.Host.Clock.Set("2026-12-02T09:00:00+08:00");
        var ticket = await CalledTicketAsync();
        var caseNo = (await (await Apply(ticket)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("receipt").GetProperty("caseNo").GetString()!;

        for (var i = 0; i < 5; i++)
        {
            await (await _hall.Anonymous.PostAsJsonAsync($"/api/intake/queue/tickets/{ticket}/rating",
                new { caseNo = $"SL20261202{i:D4}", score = 3 })).AssertProblemAsync(404);
        }

        var locked = await _hall.Anonymous.PostAsJsonAsync($"/api/intake/queue/tickets/{ticket}/rating",
            new { caseNo, score = 3 });
        await locked.AssertProblemAsync(429, "too-many-attempts");
        Assert.NotNull(locked.Headers.RetryAfter);
    }

    [Fact]
    public async Task The_window_can_only_name_a_ticket_it_called_today()
    {
        _hall.Host.Clock.Set("2026-12-02T09:00:00+08:00");
        var ticket = await CalledTicketAsync("B02");

        await (await Apply(ticket, "A01")).AssertProblemAsync(422, "ticket-not-called-here");
        await (await Apply("A777")).AssertProblemAsync(422, "ticket-not-found");
        (await _hall.Anonymous.PostAsJsonAsync("/api/intake/queue/tickets", new { matterCode = "SC-001" }))
            .EnsureSuccessStatusCode();
        await (await Apply("A002", "A01")).AssertProblemAsync(422, "ticket-not-called-here"); // still waiting
        var tooLong = await Apply("A0000000001");
        var problem = await tooLong.AssertProblemAsync(400);
        Assert.Contains("ticketNumber", problem.GetProperty("detail").GetString());
    }
}
