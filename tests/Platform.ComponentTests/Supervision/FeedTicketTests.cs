using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.ComponentTests.Intake;

namespace Platform.ComponentTests.Supervision;

/// <summary>
/// A browser's EventSource cannot send a bearer token: a supervisor takes a 60-second single-use ticket and opens the
/// feed with it; without one (or with a spent or made-up one) the feed stays closed to anonymous callers.
/// </summary>
public sealed class FeedTicketTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    [Fact]
    public async Task A_ticket_opens_the_feed_once_for_a_caller_without_a_token()
    {
        var answer = await _hall.Supervisor.PostAsync("/api/supervision/feed/ticket", null);
        answer.EnsureSuccessStatusCode();
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        var ticket = body.GetProperty("ticket").GetString()!;
        var expiresAt = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.Equal(64, ticket.Length);
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(61));

        using (var request = new HttpRequestMessage(HttpMethod.Get, $"/api/supervision/feed?ticket={ticket}"))
        using (var response = await _hall.Anonymous.SendAsync(request, HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            Assert.Equal("event: connected", await reader.ReadLineAsync());
        }

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/supervision/feed?ticket={ticket}");
        using var spent = await _hall.Anonymous.SendAsync(again, HttpCompletionOption.ResponseHeadersRead);
        await spent.AssertProblemAsync(401, "feed-ticket-invalid");
    }

    [Fact]
    public async Task Without_a_valid_ticket_the_feed_is_closed_and_only_supervisors_get_tickets()
    {
        await (await _hall.Anonymous.GetAsync("/api/supervision/feed")).AssertProblemAsync(401);
        await (await _hall.Anonymous.GetAsync("/api/supervision/feed?ticket=" + new string('a', 64)))
            .AssertProblemAsync(401, "feed-ticket-invalid");
        await (await _hall.Anonymous.GetAsync("/api/supervision/feed?ticket=not-a-ticket"))
            .AssertProblemAsync(401, "feed-ticket-invalid");
        await (await _hall.Window.GetAsync("/api/supervision/feed")).AssertProblemAsync(403);
        await (await _hall.Window.PostAsync("/api/supervision/feed/ticket", null)).AssertProblemAsync(403);
        await (await _hall.Anonymous.PostAsync("/api/supervision/feed/ticket", null)).AssertProblemAsync(401);
    }
}
