using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Platform.ComponentTests.Infrastructure;
using Platform.ServiceDefaults.Verification;

namespace Platform.ComponentTests.Intake;

/// <summary>Issue 17: the second factor (last four of the ID or phone) cannot be guessed by brute force.</summary>
public sealed class TrackingGuardTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    /// <summary>GET …/status from a client address of the test's choosing.</summary>
    Task<HttpContext> Track(string caseNo, string verify, string ip) =>
        _hall.Host.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = $"/api/intake/cases/{caseNo}/status";
            context.Request.QueryString = new QueryString("?verify=" + verify);
            context.Connection.RemoteIpAddress = IPAddress.Parse(ip);
        });

    [Fact]
    public async Task Five_wrong_codes_lock_the_case_number_for_everyone_with_429_and_retry_after()
    {
        var caseNo = await _hall.AcceptAsync();
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(404, (await Track(caseNo, $"{i:D4}", $"10.0.0.{i}")).Response.StatusCode);
        }

        var locked = await Track(caseNo, "002X", "10.0.1.1");
        Assert.Equal(429, locked.Response.StatusCode);
        Assert.Equal("application/problem+json", locked.Response.ContentType);
        Assert.True(int.Parse(locked.Response.Headers.RetryAfter.ToString()) is > 0 and <= 15 * 60);
        var body = await new StreamReader(locked.Response.Body).ReadToEndAsync();
        Assert.Contains("too-many-attempts", body);

        // The rating by code is guarded by the same counters.
        await _hall.Approver.PostAsJsonAsync($"/api/intake/cases/{caseNo}/complete", new { result = "approved", decisionNo = "食经许〔2025〕1号" });
        var rating = await _hall.Applicant.PostAsJsonAsync($"/api/intake/cases/{caseNo}/rating", new { score = 1, verify = "002X" });
        await rating.AssertProblemAsync(429, "too-many-attempts");
        Assert.NotNull(rating.Headers.RetryAfter);
    }

    [Fact]
    public async Task Twenty_failures_lock_the_client_and_another_clients_right_code_does_not_lift_it()
    {
        var caseNo = await _hall.AcceptAsync();
        for (var i = 1; i <= 20; i++)
        {
            // Sequential numbers that were never issued: each case number is tried only once.
            Assert.Equal(404, (await Track($"SL20990101{i:D5}", "1234", "10.0.2.1")).Response.StatusCode);
        }

        Assert.Equal(429, (await Track(caseNo, "002X", "10.0.2.1")).Response.StatusCode);
        Assert.Equal(200, (await Track(caseNo, "002X", "10.0.2.2")).Response.StatusCode);
        Assert.Equal(429, (await Track(caseNo, "002X", "10.0.2.1")).Response.StatusCode);
    }

    [Fact]
    public async Task Each_further_lockout_is_longer()
    {
        var clock = new TestHallClock();
        clock.Set("2025-06-02T09:00:00+08:00");
        var limiter = new InProcessVerificationLimiter(Options.Create(new VerificationOptions()), clock);
        var lockouts = new List<TimeSpan>();
        for (var round = 0; round < 3; round++)
        {
            TimeSpan? locked = null;
            for (var i = 0; i < 5; i++)
            {
                locked = await limiter.FailedAsync("SL2025060200001", "10.0.3." + round);
            }
            lockouts.Add(Assert.NotNull(locked));
            Assert.NotNull(await limiter.LockedForAsync("SL2025060200001", "10.0.9.9"));
            clock.FixedNow = clock.FixedNow!.Value + locked.Value + TimeSpan.FromSeconds(1);
            Assert.Null(await limiter.LockedForAsync("SL2025060200001", "10.0.9.9"));
        }
        Assert.Equal([TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60)], lockouts);
    }

    [Fact]
    public async Task A_rating_is_taken_only_within_the_rating_window_after_completion()
    {
        _hall.Host.Clock.Set("2025-06-02T09:00:00+08:00");
        var late = await _hall.AcceptAsync();
        var inTime = await _hall.AcceptAsync();
        foreach (var caseNo in new[] { late, inTime })
        {
            var completed = await _hall.Approver.PostAsJsonAsync($"/api/intake/cases/{caseNo}/complete", new { result = "approved", decisionNo = "食经许〔2025〕2号" });
            Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        }

        // Completed on 2025-06-02 (端午, a holiday); its 15th working day after is Monday 06-23.
        _hall.Host.Clock.Set("2025-06-23T17:00:00+08:00");
        Assert.Equal(HttpStatusCode.OK, (await _hall.Applicant.PostAsJsonAsync($"/api/intake/cases/{inTime}/rating", new { score = 5, verify = "002X" })).StatusCode);
        _hall.Host.Clock.Set("2025-06-24T09:00:00+08:00");
        await (await _hall.Applicant.PostAsJsonAsync($"/api/intake/cases/{late}/rating", new { score = 1, verify = "002X" }))
            .AssertProblemAsync(409, "rating-window-closed");
    }
}
