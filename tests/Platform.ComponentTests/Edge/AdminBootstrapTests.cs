using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Platform.ComponentTests.Infrastructure;
using Platform.Edge.Accounts;

namespace Platform.ComponentTests.Edge;

/// <summary>
/// The first administrator of an installation without demo accounts (compose, Kubernetes): created once from
/// Accounts:Bootstrap:AdminUsername and :AdminPasswordHash, never again once an administrator exists.
/// </summary>
public sealed class AdminBootstrapTests : IDisposable
{
    const string Password = "First-admin-password-2026";
    readonly TempDirectory _data = new();

    static Dictionary<string, string> Settings(string? username, string? hash)
    {
        var settings = new Dictionary<string, string> { ["Auth:DemoAccounts:Enabled"] = "false" };
        if (username is not null)
        {
            settings["Accounts:Bootstrap:AdminUsername"] = username;
        }
        if (hash is not null)
        {
            settings["Accounts:Bootstrap:AdminPasswordHash"] = hash;
        }
        return settings;
    }

    [Fact]
    public async Task Without_demo_accounts_or_bootstrap_settings_nobody_can_sign_in()
    {
        await using var host = new StandaloneFactory(_data.Path, Settings(null, null));

        var response = await host.CreateClient().RequestTokenAsync("admin", Http.DemoPassword);

        await response.AssertProblemAsync(401, "invalid-credentials");
    }

    [Fact]
    public async Task The_configured_hash_creates_an_administrator_who_signs_in()
    {
        var hash = PasswordHashCommand.Hash(Password);
        await using var host = new StandaloneFactory(_data.Path, Settings("hall-admin", hash));

        var response = await host.CreateClient().RequestTokenAsync("hall-admin", Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["admin"], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        await (await host.CreateClient().RequestTokenAsync("window01", Http.DemoPassword))
            .AssertProblemAsync(401, "invalid-credentials");
    }

    [Fact]
    public async Task Once_an_administrator_exists_a_later_start_changes_nothing()
    {
        await using (var first = new StandaloneFactory(_data.Path, Settings("hall-admin",
            PasswordHashCommand.Hash(Password))))
        {
            first.CreateClient();
        }

        await using var second = new StandaloneFactory(_data.Path, Settings("hall-admin",
            PasswordHashCommand.Hash("Another-password-2026")));
        var client = second.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.RequestTokenAsync("hall-admin", Password)).StatusCode);
        await (await client.RequestTokenAsync("hall-admin", "Another-password-2026"))
            .AssertProblemAsync(401, "invalid-credentials");
    }

    [Fact]
    public async Task An_existing_demo_administrator_means_no_second_one_is_created()
    {
        await using var host = new StandaloneFactory(_data.Path, new Dictionary<string, string>
        {
            ["Accounts:Bootstrap:AdminUsername"] = "hall-admin",
            ["Accounts:Bootstrap:AdminPasswordHash"] = PasswordHashCommand.Hash(Password),
        });

        await (await host.CreateClient().RequestTokenAsync("hall-admin", Password))
            .AssertProblemAsync(401, "invalid-credentials");
    }

    [Theory]
    [InlineData("hall-admin", null, "Accounts:Bootstrap:AdminPasswordHash")]
    [InlineData(null, "AQAAAAIAAYagAAAAEN", "Accounts:Bootstrap:AdminUsername")]
    [InlineData("hall-admin", "plain-text-password", "hash-password")]
    public void A_half_or_wrong_setting_stops_the_start_saying_what_to_do(string? username, string? hash,
        string named)
    {
        var logs = new CapturedLogs();
        using var standalone = new StandaloneFactory(_data.Path, Settings(username, hash));
        using var host = standalone.WithWebHostBuilder(web => web.ConfigureLogging(l => l.AddProvider(logs)));

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        // The bootstrap's exception, alone or wrapped; or, when WebApplicationFactory loses the race with the failed
        // entry point (its own ObjectDisposedException), as the host logged it ("Hosting failed to start").
        var messages = Chain(failure).Concat(logs.Exceptions.SelectMany(Chain)).Select(e => e.Message).ToList();
        Assert.True(messages.Any(m => m.Contains(named, StringComparison.Ordinal)), string.Join("\n", messages));
    }

    static IEnumerable<Exception> Chain(Exception exception) =>
        exception is AggregateException aggregate
            ? [aggregate, .. aggregate.InnerExceptions.SelectMany(Chain)]
            : exception.InnerException is { } inner ? [exception, .. Chain(inner)] : [exception];

    [Fact]
    public void The_hash_password_command_prints_a_hash_that_the_bootstrap_accepts()
    {
        var output = new StringWriter();

        var ran = PasswordHashCommand.TryRun(["hash-password"], new StringReader(Password + "\n"), output);

        Assert.True(ran);
        Assert.True(PasswordHashCommand.IsHash(output.ToString().Trim()));
        Assert.False(PasswordHashCommand.TryRun([], new StringReader(""), output));
    }

    public void Dispose() => _data.Dispose();
}
