using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Edge;

/// <summary>
/// The sign-in lockout counts per account name and client address, reads the same for names that do not exist, and
/// an administrator can lift it.
/// </summary>
public sealed class LockoutTests : IAsyncLifetime
{
    const string Stranger = "203.0.113.7";
    const string HallDesk = "10.1.2.3";
    readonly TempDirectory _data = new();
    StandaloneFactory _host = null!;

    public Task InitializeAsync()
    {
        _host = new StandaloneFactory(_data.Path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_stranger_cannot_lock_the_administrator_out_of_another_machine()
    {
        for (var i = 1; i <= 5; i++)
        {
            await SignInFromAsync(Stranger, "admin", "guess-" + i);
        }
        var locked = await SignInFromAsync(Stranger, "admin", Http.DemoPassword);
        Assert.Equal((401, "account-locked"), (locked.Status, locked.Code));

        var elsewhere = await SignInFromAsync(HallDesk, "admin", Http.DemoPassword);
        Assert.Equal(200, elsewhere.Status);
    }

    [Fact]
    public async Task Unknown_and_known_names_get_identical_answers_also_when_locked()
    {
        for (var i = 1; i <= 6; i++)
        {
            var known = await SignInFromAsync(Stranger, "catalogue01", "guess-" + i);
            var unknown = await SignInFromAsync(Stranger, "no-such-user", "guess-" + i);
            Assert.Equal((known.Status, known.Code, known.Detail), (unknown.Status, unknown.Code, unknown.Detail));
            Assert.Equal(i >= 5 ? "account-locked" : "invalid-credentials", known.Code);
        }
    }

    [Fact]
    public async Task An_administrator_unlocks_an_account_for_every_client()
    {
        for (var i = 1; i <= 5; i++)
        {
            await SignInFromAsync(HallDesk, "window01", "guess-" + i);
        }
        Assert.Equal("account-locked", (await SignInFromAsync(HallDesk, "window01", Http.DemoPassword)).Code);

        var admin = _host.CreateClient();
        admin.WithToken(await admin.SignInAsync("admin"));
        var unlocked = await admin.PostAsync("/api/auth/accounts/window01/unlock", null);
        Assert.Equal(HttpStatusCode.NoContent, unlocked.StatusCode);
        Assert.Equal(200, (await SignInFromAsync(HallDesk, "window01", Http.DemoPassword)).Status);

        await (await admin.PostAsync("/api/auth/accounts/no-such-user/unlock", null))
            .AssertProblemAsync(404, "account-not-found");
        var clerk = _host.CreateClient();
        clerk.WithToken(await clerk.SignInAsync("catalogue01"));
        await (await clerk.PostAsync("/api/auth/accounts/window01/unlock", null)).AssertProblemAsync(403);
        await (await _host.CreateClient().PostAsync("/api/auth/accounts/window01/unlock", null))
            .AssertProblemAsync(401);
    }

    /// <summary>A token request as it arrives from that client address (the test server sets none by itself).</summary>
    async Task<(int Status, string? Code, string? Detail)> SignInFromAsync(string address, string username,
        string password)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { username, password });
        var context = await _host.Server.SendAsync(http =>
        {
            http.Request.Method = "POST";
            http.Request.Path = "/api/auth/token";
            http.Request.ContentType = "application/json";
            http.Request.ContentLength = body.Length;
            http.Request.Body = new MemoryStream(body);
            http.Connection.RemoteIpAddress = IPAddress.Parse(address);
            http.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody());
        });
        if (context.Response.StatusCode == 200)
        {
            return (200, null, null);
        }
        var problem = await JsonSerializer.DeserializeAsync<JsonElement>(context.Response.Body);
        return (context.Response.StatusCode, problem.GetProperty("code").GetString(),
            problem.GetProperty("detail").GetString());
    }

    sealed class HasBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
