using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Edge;

public sealed class TokenTests : IDisposable
{
    readonly TempDirectory _data = new();

    [Theory]
    [InlineData("admin", "admin")]
    [InlineData("window01", "window-staff")]
    [InlineData("approver01", "approver")]
    [InlineData("supervisor01", "supervisor")]
    [InlineData("catalogue01", "catalogue-admin")]
    [InlineData("disclosure01", "disclosure-officer")]
    [InlineData("trading01", "trading-officer")]
    [InlineData("applicant01", "applicant")]
    [InlineData("company01", "applicant")]
    public async Task Each_demo_account_signs_in_with_its_role(string username, string role)
    {
        await using var host = new StandaloneFactory(_data.Path);
        var response = await host.CreateClient().RequestTokenAsync(username, Http.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        Assert.True(body.GetProperty("expiresIn").GetInt32() > 0);
        Assert.Equal([role], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task The_approver_token_carries_a_department()
    {
        await using var host = new StandaloneFactory(_data.Path);
        var token = await host.CreateClient().SignInAsync("approver01");

        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=')));
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(json).RootElement.GetProperty("department").GetString()));
    }

    [Fact]
    public async Task A_wrong_password_gets_a_clear_401_problem()
    {
        await using var host = new StandaloneFactory(_data.Path);
        var response = await host.CreateClient().RequestTokenAsync("admin", "not-the-password");

        var problem = await response.AssertProblemAsync(401, "invalid-credentials");
        Assert.Contains("用户名或密码错误", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_answer_as_a_wrong_password()
    {
        await using var host = new StandaloneFactory(_data.Path);
        var response = await host.CreateClient().RequestTokenAsync("nobody", "whatever");

        await response.AssertProblemAsync(401, "invalid-credentials");
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_for_the_right_password()
    {
        await using var host = new StandaloneFactory(_data.Path);
        var client = host.CreateClient();

        for (var i = 1; i < 5; i++)
        {
            await (await client.RequestTokenAsync("catalogue01", "guess-" + i)).AssertProblemAsync(401, "invalid-credentials");
        }
        await (await client.RequestTokenAsync("catalogue01", "guess-5")).AssertProblemAsync(401, "account-locked");
        var problem = await (await client.RequestTokenAsync("catalogue01", Http.DemoPassword)).AssertProblemAsync(401, "account-locked");
        Assert.Contains("锁定", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.RequestTokenAsync("admin", Http.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task Missing_credentials_get_a_400_problem()
    {
        await using var host = new StandaloneFactory(_data.Path);
        var response = await host.CreateClient().RequestTokenAsync("admin", null);

        await response.AssertProblemAsync(400, "credentials-missing");
    }

    [Fact]
    public async Task A_malformed_body_gets_a_400_problem()
    {
        await using var host = new StandaloneFactory(_data.Path);
        var response = await host.CreateClient().PostAsync("/api/auth/token",
            new StringContent("{not json", Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(400);
    }

    [Fact]
    public async Task Demo_accounts_do_not_exist_outside_the_demo_configuration()
    {
        await using var host = new StandaloneFactory(_data.Path,
            new Dictionary<string, string> { ["Auth:DemoAccounts:Enabled"] = "false" });
        var response = await host.CreateClient().RequestTokenAsync("admin", Http.DemoPassword);

        await response.AssertProblemAsync(401, "invalid-credentials");
    }

    public void Dispose() => _data.Dispose();
}
