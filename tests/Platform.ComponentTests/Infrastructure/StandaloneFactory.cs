using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.WorkingDays;

namespace Platform.ComponentTests.Infrastructure;

/// <summary>
/// The standalone host in-process, with its data in a folder of the test's own (pass the same folder again to
/// "restart" it) and MassTransit's in-memory test harness in place of the bus. With hostClock the host keeps the
/// hall clock it registers itself (the adjustable one under Clock:Adjustable) instead of <see cref="Clock"/>.
/// </summary>
public sealed class StandaloneFactory(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null,
    bool hostClock = false)
    : WebApplicationFactory<Standalone.Program>
{
    public string DataDirectory { get; } = dataDirectory;

    /// <summary>The hall's "now" (acceptance, suspension, completion); the real time until a test sets it.</summary>
    public TestHallClock Clock { get; } = new();

    /// <summary>
    /// A client signed in as any account, with a token the edge signs as it would for that account (tests need staff of
    /// departments and roles the demo accounts do not have).
    /// </summary>
    public HttpClient ClientAs(string username, string role, string? department = null, string? point = null)
    {
        var (token, _) = Services.GetRequiredService<Platform.Edge.Tokens.TokenIssuer>().Issue(
            new Platform.Edge.Accounts.Account
            {
                Username = username,
                DisplayName = username,
                PasswordHash = "",
                Roles = role,
                Department = department,
                ServicePoint = point,
            });
        return CreateClient().WithToken(token);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("Auth:SigningKeyFile", Path.Combine(DataDirectory, "signing.key"));
        // The demo catalogue (244 matters), demo disclosure and approval data only where a test asks for them: most
        // tests own their data from an empty start.
        builder.UseSetting("Catalogue:DemoCatalogue:Enabled", "false");
        builder.UseSetting("Disclosure:DemoData:Enabled", "false");
        builder.UseSetting("Intake:DemoData:Enabled", "false");
        builder.UseSetting("Approval:DemoData:Enabled", "false");
        builder.UseSetting("Bidding:DemoData:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.AddMassTransitTestHarness();
            CheapPasswordHashes(services);
            if (!hostClock)
            {
                services.AddSingleton<HallClock>(Clock);
            }
            // Supervision reconciles against intake over HTTP: here, in-process through the test server.
            services.AddHttpClient("intake").ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler());
        });
    }

    /// <summary>
    /// PBKDF2 at a few iterations instead of 100,000: seeding the 19 demo accounts cost two seconds of CPU per host,
    /// most of this project's run. The hash format and the sign-in code are the production ones (a hash records its
    /// own iteration count).
    /// </summary>
    public static void CheapPasswordHashes(IServiceCollection services) =>
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 10);

    bool _started;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        _started = true;
        return host;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_started)
        {
            // A test may end before the bus has started its receive endpoints; stopping it then races their start
            // (a NullReferenceException inside MassTransit's ReceiveEndpoint.Stop). Let it finish starting first.
            await Services.GetRequiredService<IBusControl>()
                .WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(20));
        }
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}

/// <summary>A temporary folder a test owns, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("platform-component-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing pool; the OS cleans temporary folders.
        }
    }
}

public sealed class TestHallClock : HallClock
{
    public DateTimeOffset? FixedNow { get; set; }

    public override DateTimeOffset GetUtcNow() => FixedNow ?? base.GetUtcNow();

    public void Set(string instant) => FixedNow = DateTimeOffset.Parse(instant, global::System.Globalization.CultureInfo.InvariantCulture);
}
