using System.Net;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Edge;

/// <summary>
/// The edge configured for Redis while Redis does not answer (nothing listens at the configured address): signing in
/// still works and the lockout still holds, counted in process meanwhile, instead of a 503 at the door.
/// </summary>
public sealed class LockoutWithoutRedisTests
{
    [Fact]
    public async Task Staff_can_sign_in_and_five_wrong_passwords_still_lock_while_redis_is_away()
    {
        using var data = new TempDirectory();
        await using var host = new StandaloneFactory(data.Path, new Dictionary<string, string>
        {
            ["ConnectionStrings:Redis"] = "127.0.0.1:1,abortConnect=false,connectTimeout=300,syncTimeout=300,asyncTimeout=300",
        });
        var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.RequestTokenAsync("window01", Http.DemoPassword)).StatusCode);
        for (var i = 1; i <= 5; i++)
        {
            await (await client.RequestTokenAsync("window01", "guess-" + i)).AssertProblemAsync(401);
        }
        await (await client.RequestTokenAsync("window01", Http.DemoPassword)).AssertProblemAsync(401, "account-locked");
    }
}
