using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Intake;

namespace Platform.ComponentTests.Intake;

/// <summary>
/// The demo's online and 代办 applications: loaded once the catalogue's demo network reached intake, each in its
/// state, visible where the people who work on them look, and counted by supervision by channel.
/// </summary>
public sealed class DemoOnlineServiceTests : IDisposable
{
    static readonly Dictionary<string, string> Demo = new()
    {
        ["Catalogue:DemoCatalogue:Enabled"] = "true",
        ["Intake:DemoData:Enabled"] = "true",
    };

    readonly TempDirectory _data = new();

    [Fact]
    public async Task The_demo_has_online_and_agent_applications_in_each_state()
    {
        await using var host = new StandaloneFactory(_data.Path, Demo);
        var window = host.ClientAs("window01", "window-staff");
        var queue = await WaitForAsync(window, "/api/intake/applications?status=pending-review", 2);
        Assert.Equal(["agent", "online"], queue.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("channel").GetString()).Order());
        var waiting = await window.GetFromJsonAsync<JsonElement>("/api/intake/applications?status=awaiting-handover");
        var slip = waiting.GetProperty("items")[0];
        Assert.Equal("510181-101-01", slip.GetProperty("pointCode").GetString());
        Assert.Matches(@"^ZB-\d{8}-\d{4}$", slip.GetProperty("transferSlipNo").GetString());

        // The online application waiting for 预审 carries its uploaded materials, which the window can open.
        var online = queue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("channel").GetString() == "online");
        var view = await window.GetFromJsonAsync<JsonElement>($"/api/intake/online/applications/{online.GetProperty("id").GetString()}");
        var file = view.GetProperty("materials")[0].GetProperty("fileId").GetString();
        var download = await window.GetAsync($"/api/intake/files/{file}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("%PDF-", await download.Content.ReadAsStringAsync());

        var mine = await host.ClientAs("applicant01", "applicant")
            .GetFromJsonAsync<JsonElement>("/api/intake/online/applications");
        Assert.Equal(2, mine.GetProperty("total").GetInt32());
        var agentCases = await host.ClientAs("agent01", "agent", null, "510181-101")
            .GetFromJsonAsync<JsonElement>("/api/intake/agent/cases");
        Assert.Equal(1, agentCases.GetProperty("total").GetInt32());

        var harness = host.Services.GetTestHarness();
        Assert.True(await harness.Published.Any<ApplicationAccepted>(a => a.Context.Message.Channel == "online"
            && a.Context.Message.Visits == 0));
        Assert.True(await harness.Published.Any<ApplicationAccepted>(a => a.Context.Message.Channel == "agent"
            && a.Context.Message.PointCode == "510181-101" && a.Context.Message.PointLevel == "town"));
    }

    static async Task<JsonElement> WaitForAsync(HttpClient client, string url, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await client.GetFromJsonAsync<JsonElement>(url);
            if (page.GetProperty("total").GetInt32() >= count)
            {
                return page;
            }
            Assert.True(DateTime.UtcNow < deadline, $"the demo did not load: {page}");
            await Task.Delay(250);
        }
    }

    public void Dispose() => _data.Dispose();
}
