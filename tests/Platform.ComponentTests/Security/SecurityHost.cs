using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Security;

/// <summary>
/// The standalone host as the security tests drive it: in the Production environment (so bad requests are answered
/// as a deployed hall answers them, not as a developer's machine does), with the write and sign-in rate limits
/// lifted (hundreds of requests a minute are the point), and a client for every <see cref="DemoRole"/>.
/// </summary>
public sealed class SecurityHost : IAsyncDisposable
{
    readonly TempDirectory _data = new();
    readonly Dictionary<DemoRole, HttpClient> _clients = [];

    SecurityHost(IReadOnlyDictionary<string, string> settings) => Host = new StandaloneFactory(_data.Path, settings);

    public StandaloneFactory Host { get; }

    public static async Task<SecurityHost> StartAsync()
    {
        var host = new SecurityHost(new Dictionary<string, string>
        {
            ["environment"] = "Production",
            ["RateLimits:WritesPerMinute"] = "1000000",
            ["RateLimits:SignInsPerMinute"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        foreach (var role in DemoRole.All)
        {
            var client = host.Host.CreateClient();
            if (role.Username is { } username)
            {
                client.WithToken(await client.SignInAsync(username));
            }
            host._clients[role] = client;
        }
        return host;
    }

    public HttpClient Client(DemoRole role) => _clients[role];

    public HttpClient Admin => _clients[DemoRole.Admin];

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _data.Dispose();
    }
}
