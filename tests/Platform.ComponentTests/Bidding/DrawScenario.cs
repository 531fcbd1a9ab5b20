using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.ServiceDefaults.Security;

namespace Platform.ComponentTests.Bidding;

/// <summary>The standalone host with a trading officer, an expert and an anonymous client.</summary>
public sealed class DrawScenario : IAsyncLifetime
{
    readonly TempDirectory _data = new();
    public StandaloneFactory Host { get; private set; } = null!;
    public HttpClient Officer { get; private set; } = null!;
    public HttpClient Expert { get; private set; } = null!;
    public HttpClient Anonymous { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new StandaloneFactory(_data.Path);
        Officer = As("officer01", Roles.TradingOfficer);
        Expert = As("expert01", Roles.Expert);
        Anonymous = Host.CreateClient();
        return Task.CompletedTask;
    }

    public HttpClient As(string username, string role) => Host.ClientAs(username, role);

    public static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task RegisterExpertAsync(string code, string specialty, string? employer = null,
        string? employerCreditCode = null, string[]? relations = null, bool active = true) =>
        await Ok(await Officer.PostAsJsonAsync("/api/bidding/experts", new
        {
            code,
            account = "acct-" + code.ToLowerInvariant(),
            name = "专家" + code,
            specialties = new[] { specialty },
            employerName = employer,
            employerCreditCode,
            relations = relations ?? [],
            active,
        }));

    public async Task<JsonElement> ScheduleAsync(object request) =>
        await Ok(await Officer.PostAsJsonAsync("/api/bidding/draws", request));

    public async Task<JsonElement> DrawAsync(string drawId) =>
        await Ok(await Officer.PostAsync($"/api/bidding/draws/{drawId}/draw", null));

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _data.Dispose();
    }
}
