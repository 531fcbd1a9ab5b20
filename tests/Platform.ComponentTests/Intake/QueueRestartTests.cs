using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Intake;

/// <summary>Issue 17: after a restart of the standalone host the queue continues; no number is issued twice a day.</summary>
public sealed class QueueRestartTests
{
    const string Today = "2025-06-10T09:00:00+08:00";

    static async Task<StandaloneFactory> StartAsync(string data, bool publishCatalogue)
    {
        var host = new StandaloneFactory(data);
        host.Clock.Set(Today);
        if (publishCatalogue)
        {
            var catalogue = host.CreateClient();
            catalogue.WithToken(await catalogue.SignInAsync("catalogue01"));
            (await catalogue.PostAsync("/api/catalogue/matters/import", new StringContent(IntakeScenario.Catalogue, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
            var window = host.CreateClient();
            window.WithToken(await window.SignInAsync("window01"));
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while ((await window.GetFromJsonAsync<JsonElement>("/api/intake/matters")).GetArrayLength() < 5)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException("intake did not receive the published matters");
                await Task.Delay(100);
            }
        }
        return host;
    }

    static async Task<string> Take(StandaloneFactory host, object request)
    {
        var response = await host.CreateClient().PostAsJsonAsync("/api/intake/queue/tickets", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ticketNo").GetString()!;
    }

    [Fact]
    public async Task Ticket_numbers_continue_after_a_restart_and_waiting_tickets_are_still_called()
    {
        using var data = new TempDirectory();
        await using (var first = await StartAsync(data.Path, publishCatalogue: true))
        {
            Assert.Equal("A001", await Take(first, new { matterCode = "SC-001" }));
            Assert.Equal("A002", await Take(first, new { matterCode = "JT-001" }));
            Assert.Equal("V001", await Take(first, new { matterCode = "SC-001", priority = true }));
        }

        await using var second = await StartAsync(data.Path, publishCatalogue: false);
        Assert.Equal("A003", await Take(second, new { matterCode = "SC-001" }));
        Assert.Equal("V002", await Take(second, new { matterCode = "SC-002", priority = true }));

        var window = second.CreateClient();
        window.WithToken(await window.SignInAsync("window01"));
        var called = new List<string>();
        HttpResponseMessage response;
        while ((response = await window.PostAsJsonAsync("/api/intake/queue/call", new { windowNo = "B01", lines = new[] { "SCJGJ" } })).StatusCode == HttpStatusCode.OK)
        {
            called.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ticketNo").GetString()!);
        }
        Assert.Equal(["V001", "V002", "A001", "A003"], called);
    }
}
