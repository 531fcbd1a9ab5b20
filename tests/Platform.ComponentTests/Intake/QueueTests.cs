using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Intake;

namespace Platform.ComponentTests.Intake;

public sealed class QueueTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    async Task<JsonElement> Take(object request)
    {
        var response = await _hall.Anonymous.PostAsJsonAsync("/api/intake/queue/tickets", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Tickets_are_numbered_priority_first_and_each_called_once()
    {
        _hall.Host.Clock.Set("2025-06-10T09:00:00+08:00");
        var first = await Take(new { matterCode = "SC-001" });
        var second = await Take(new { departmentCode = "SCJGJ" });
        var elder = await Take(new { matterCode = "SC-002", priority = true });
        var transport = await Take(new { matterCode = "JT-001" });
        Assert.Equal("A001", first.GetProperty("ticketNo").GetString());
        Assert.Equal("A002", second.GetProperty("ticketNo").GetString());
        Assert.Equal(1, second.GetProperty("ahead").GetInt32());
        Assert.Equal("V001", elder.GetProperty("ticketNo").GetString());
        Assert.Equal("SCJGJ", first.GetProperty("line").GetString());

        _hall.Host.Clock.Set("2025-06-10T09:12:00+08:00");
        var called = new List<string>();
        HttpResponseMessage response;
        while ((response = await _hall.Window.PostAsJsonAsync("/api/intake/queue/call", new { windowNo = "B01", lines = new[] { "SCJGJ" } })).StatusCode == HttpStatusCode.OK)
        {
            var ticket = await response.Content.ReadFromJsonAsync<JsonElement>();
            called.Add(ticket.GetProperty("ticketNo").GetString()!);
            if (called.Count == 1) Assert.Equal(720, ticket.GetProperty("waitSeconds").GetInt32());
        }
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["V001", "A001", "A002"], called);
        Assert.True(await _hall.Harness.PublishedAsync<TicketCalled>(e => e.TicketNo == "V001" && e.WindowNo == "B01" && e.WaitSeconds == 720));
        Assert.True(await _hall.Harness.PublishedAsync<TicketIssued>(e => e.TicketNo == transport.GetProperty("ticketNo").GetString() && e.DepartmentCode == "JTJ"));
    }

    [Fact]
    public async Task A_window_recalls_marks_no_shows_transfers_and_records_service_time()
    {
        _hall.Host.Clock.Set("2025-06-10T10:00:00+08:00");
        await Take(new { matterCode = "SC-001" });
        await Take(new { matterCode = "SC-001" });
        var call = await (await _hall.Window.PostAsJsonAsync("/api/intake/queue/call", new { windowNo = "B01", lines = new[] { "SCJGJ" } })).Content.ReadFromJsonAsync<JsonElement>();
        var number = call.GetProperty("ticketNo").GetString();

        var recalled = await (await _hall.Window.PostAsJsonAsync($"/api/intake/queue/tickets/{number}/recall", new { windowNo = "B01" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, recalled.GetProperty("calls").GetInt32());
        var noShow = await (await _hall.Window.PostAsync($"/api/intake/queue/tickets/{number}/no-show", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("no-show", noShow.GetProperty("status").GetString());

        var transferred = await (await _hall.Window.PostAsJsonAsync("/api/intake/queue/tickets/A002/transfer", new { line = "JTJ" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("JTJ", transferred.GetProperty("line").GetString());
        Assert.Equal(1, (await _hall.Anonymous.GetFromJsonAsync<JsonElement>("/api/intake/queue/lines/JTJ")).GetProperty("waiting").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await _hall.Window.PostAsJsonAsync("/api/intake/queue/call", new { windowNo = "B01", lines = new[] { "SCJGJ" } })).StatusCode);
        await (await _hall.Window.PostAsync("/api/intake/queue/tickets/A002/served", null)).AssertProblemAsync(409, "ticket-not-called");
        var next = await (await _hall.Window.PostAsJsonAsync("/api/intake/queue/call", new { windowNo = "B07", lines = new[] { "JTJ" } })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("A002", next.GetProperty("ticketNo").GetString());

        _hall.Host.Clock.Set("2025-06-10T10:09:30+08:00");
        var served = await (await _hall.Window.PostAsync("/api/intake/queue/tickets/A002/served", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(570, served.GetProperty("serviceSeconds").GetInt32());
    }

    [Fact]
    public async Task A_ticket_needs_a_published_matter_or_a_department_of_the_hall()
    {
        await (await _hall.Anonymous.PostAsJsonAsync("/api/intake/queue/tickets", new { matterCode = "NO-SUCH" })).AssertProblemAsync(400);
        await (await _hall.Anonymous.PostAsJsonAsync("/api/intake/queue/tickets", new { departmentCode = "NOWHERE" })).AssertProblemAsync(400);
        await (await _hall.Applicant.PostAsJsonAsync("/api/intake/queue/call", new { windowNo = "B01", lines = new[] { "SCJGJ" } })).AssertProblemAsync(403);
    }
}
