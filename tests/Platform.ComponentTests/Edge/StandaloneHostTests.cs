using System.Net;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Edge;

public sealed class StandaloneHostTests : IDisposable
{
    readonly TempDirectory _data = new();

    [Fact]
    public async Task The_host_is_ready_with_every_service_database_and_the_bus()
    {
        await using var host = new StandaloneFactory(_data.Path);
        var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");
        foreach (var database in new[] { "accounts", "catalogue", "intake", "approval", "bidding", "disclosure", "supervision" })
        {
            Assert.Equal("Healthy", checks.GetProperty($"{database}-database").GetProperty("status").GetString());
            Assert.True(File.Exists(Path.Combine(_data.Path, database + ".db")), $"{database}.db should be in the data folder");
        }
        Assert.Equal("Healthy", checks.GetProperty("masstransit-bus").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("auth")]
    [InlineData("catalogue")]
    [InlineData("intake")]
    [InlineData("approval")]
    [InlineData("bidding")]
    [InlineData("disclosure")]
    [InlineData("supervision")]
    public async Task Each_service_publishes_an_openapi_document(string document)
    {
        await using var host = new StandaloneFactory(_data.Path);
        var response = await host.CreateClient().GetAsync($"/openapi/{document}.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var openApi = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("3.", openApi.GetProperty("openapi").GetString());
    }

    [Fact]
    public async Task An_unauthenticated_request_to_a_service_gets_a_401_problem()
    {
        await using var host = new StandaloneFactory(_data.Path);
        var response = await host.CreateClient().GetAsync("/api/intake/cases");

        var problem = await response.AssertProblemAsync(401, "unauthenticated");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("/api/auth/token", problem.GetProperty("detail").GetString());
        Assert.False(problem.TryGetProperty("exception", out _));
    }

    [Fact]
    public async Task A_forged_token_is_refused_with_a_problem()
    {
        await using var host = new StandaloneFactory(_data.Path);
        var forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJhZG1pbiJ9.c2lnbmF0dXJlLW5vdC12YWxpZA";
        var response = await host.CreateClient().WithToken(forged).GetAsync("/api/intake/cases");

        await response.AssertProblemAsync(401, "unauthenticated");
    }

    [Fact]
    public async Task A_restart_keeps_the_data_and_the_signing_key()
    {
        string token;
        await using (var first = new StandaloneFactory(_data.Path))
        {
            var client = first.CreateClient();
            token = await client.SignInAsync("window01");
        }

        // Sign-in lockouts are not data: they live in the cache (process memory here) and end with the process.
        await using var second = new StandaloneFactory(_data.Path);
        var again = second.CreateClient();
        var withOldToken = await again.WithToken(token).GetAsync("/api/intake/cases?window=A01");
        Assert.Equal(HttpStatusCode.OK, withOldToken.StatusCode);
    }

    [Fact]
    public async Task Writes_beyond_the_limit_get_a_429_problem_with_retry_after()
    {
        await using var host = new StandaloneFactory(_data.Path, new Dictionary<string, string> { ["RateLimits:WritesPerMinute"] = "3" });
        var client = host.CreateClient();
        client.WithToken(await client.SignInAsync("window01"));

        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.PostAsync("/api/intake/anything", new StringContent("{}"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }
        var refused = await client.PostAsync("/api/intake/anything", new StringContent("{}"));

        await refused.AssertProblemAsync(429, "rate-limited");
        Assert.True(refused.Headers.RetryAfter is not null || refused.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/intake/anything")).StatusCode);
    }

    public void Dispose() => _data.Dispose();
}
