using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Intake;
using Platform.IntegrationTests.Infrastructure;
using Platform.WorkingDays;

namespace Platform.IntegrationTests.Intake;

/// <summary>
/// The online channel on real RabbitMQ and PostgreSQL: catalogue, intake and supervision as separate services. An
/// applicant uploads and applies online, the window sends a one-time notice, the applicant supplements online, the
/// window accepts, the case is completed and its licence delivered electronically. Every step's event reaches the bus
/// once, and supervision counts the case as an online, zero-visit case at the county hall.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class OnlineServiceOnRealServersTests(RealServers servers) : IAsyncLifetime
{
    const string Catalogue = """
        code,name,type,departmentCode,departmentName,handlingKind,statutoryLimitDays,promisedLimitDays,materials,intakeLevels
        MZ-101,高龄津贴申领,05,MZJ,民政局,promised,20,5,申请表;身份证明|复印件,county;town;village
        """;

    const string Today = "2025-09-30";

    sealed class FixedClock() : HallClock
    {
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.Parse(Today + "T10:00:00+08:00");
    }

    readonly List<IAsyncDisposable> _processes = [];
    readonly string _uploads = Directory.CreateTempSubdirectory("online-uploads-").FullName;
    WebApplicationFactory<Platform.Catalogue.Program> _catalogue = null!;
    WebApplicationFactory<Platform.Intake.Program> _intake = null!;
    WebApplicationFactory<Platform.Supervision.Program> _supervision = null!;

    public async Task InitializeAsync()
    {
        _catalogue = Service<Platform.Catalogue.Program>("catalogue", await servers.CreateDatabaseAsync("catalogue"));
        _intake = Service<Platform.Intake.Program>("intake", await servers.CreateDatabaseAsync("intake"));
        _intake.CreateClient().Dispose();
        _supervision = Service<Platform.Supervision.Program>("supervision",
            await servers.CreateDatabaseAsync("supervision"));
        _supervision.CreateClient().Dispose();

        var catalogue = Client(_catalogue, "catalogue01", ["catalogue-admin"]);
        await Ok(await catalogue.PostAsJsonAsync("/api/catalogue/points",
            new { code = "510181-000", name = "县政务服务中心", level = "county", address = "人民路 1 号" }));
        await Ok(await catalogue.PostAsync("/api/catalogue/matters/import",
            new StringContent(Catalogue, Encoding.UTF8, "text/csv")));
        var window = Client(_intake, "window01", ["window-staff"]);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await window.GetFromJsonAsync<JsonElement>("/api/intake/matters")).GetArrayLength() == 0
            || (await window.GetFromJsonAsync<JsonElement>("/api/intake/points")).GetArrayLength() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "intake did not receive the matter and the point over RabbitMQ");
            await Task.Delay(200);
        }
    }

    WebApplicationFactory<T> Service<T>(string name, string database) where T : class
    {
        var factory = servers.Service<T>(name, database, host =>
        {
            host.UseSetting("Outbox:PollingInterval", "00:00:00.100");
            host.UseSetting("Intake:Uploads:Directory", _uploads);
            host.ConfigureServices(services => services.AddSingleton<HallClock>(new FixedClock()));
        });
        _processes.Add(factory);
        return factory;
    }

    static HttpClient Client<T>(WebApplicationFactory<T> factory, string user, string[] roles, params Claim[] claims)
        where T : class
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", TestTokens.For(user, roles, claims));
        return client;
    }

    static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode,
            $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    static async Task<string> UploadAsync(HttpClient client, string purpose, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var pdf = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n" + Guid.NewGuid() + "\n%%EOF\n"));
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(pdf, "file", fileName);
        form.Add(new StringContent(purpose), "purpose");
        return (await Ok(await client.PostAsync("/api/intake/files", form))).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Online_application_notice_supplement_acceptance_and_delivery_each_publish_once_and_count_as_zero_visits()
    {
        var (probe, log) = await OnlineEventProbe.StartAsync(servers, "probe-online-" + Guid.NewGuid().ToString("N")[..8]);
        using var _ = probe;
        var applicant = Client(_intake, "applicant-online", ["applicant"]);
        var window = Client(_intake, "window01", ["window-staff"]);

        var form = await UploadAsync(applicant, "material", "申请表.pdf");
        var submit = new HttpRequestMessage(HttpMethod.Post, "/api/intake/online/applications")
        {
            Content = JsonContent.Create(new
            {
                matterCode = "MZ-101",
                applicant = new { type = "natural", name = "李四", idNumber = "11010519491231002X", phone = "13800001234" },
                materials = new object[] { new { name = "申请表", fileId = form }, new { name = "身份证明" } },
            }),
        };
        submit.Headers.Add("Idempotency-Key", "online-it-" + Guid.NewGuid().ToString("N"));
        var id = (await Ok(await applicant.SendAsync(submit))).GetProperty("id").GetString()!;

        await Ok(await window.PostAsJsonAsync($"/api/intake/applications/{id}/review", new
        {
            outcome = "notice",
            materials = new[] { new { name = "申请表", status = "present" }, new { name = "身份证明", status = "missing" } },
            notice = new[] { "身份证明" },
        }));
        var idCopy = await UploadAsync(applicant, "material", "身份证复印件.pdf");
        await Ok(await applicant.PostAsJsonAsync($"/api/intake/online/applications/{id}/supplement",
            new { materials = new[] { new { name = "身份证明", fileId = idCopy } } }));
        var accepted = await Ok(await window.PostAsJsonAsync($"/api/intake/applications/{id}/review", new
        {
            outcome = "accept",
            windowNo = "A01",
            materials = new[] { new { name = "申请表", status = "present" }, new { name = "身份证明", status = "present" } },
        }));
        var caseNo = accepted.GetProperty("receipt").GetProperty("caseNo").GetString()!;

        var admin = Client(_intake, "admin", ["admin"]);
        await Ok(await admin.PostAsJsonAsync($"/api/intake/cases/{caseNo}/complete",
            new { result = "approved", decisionNo = "民津〔2025〕1号" }));
        var licence = await UploadAsync(window, "result", "高龄津贴核定通知书.pdf");
        var delivered = await Ok(await window.PostAsJsonAsync($"/api/intake/cases/{caseNo}/delivery",
            new { method = "electronic", fileId = licence }));
        Assert.Equal(0, delivered.GetProperty("visits").GetInt32());
        var download = await applicant.GetAsync($"/api/intake/files/{licence}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);

        var appKey = id;
        var expected = new[]
        {
            (nameof(ApplicationSubmitted), appKey), (nameof(SupplementRequested), appKey),
            (nameof(OnlineSupplementSubmitted), appKey), (nameof(ApplicationAccepted), caseNo),
            (nameof(CaseCompleted), caseNo), (nameof(CaseResultDelivered), caseNo),
        };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (expected.Any(e => log.Count(e.Item1, e.Item2) == 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        await Task.Delay(1500);
        Assert.All(expected, e => Assert.True(log.Count(e.Item1, e.Item2) == 1,
            $"{e.Item1} {e.Item2}: {log.Count(e.Item1, e.Item2)} deliveries"));
        var acceptance = log.Accepted.Single(a => a.CaseNo == caseNo);
        Assert.Equal(("online", "510181-000", "county", 0),
            (acceptance.Channel, acceptance.PointCode, acceptance.PointLevel, acceptance.Visits));

        var supervisor = Client(_supervision, "supervisor01", ["supervisor"]);
        var url = $"/api/supervision/metrics?from={Today}&to={Today}&point=510181-000";
        JsonElement figures;
        deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(200);
            figures = await supervisor.GetFromJsonAsync<JsonElement>(url);
        } while ((figures.GetProperty("completed").GetInt32() < 1
            || figures.GetProperty("byChannel").GetProperty("online").GetInt32() < 1) && DateTime.UtcNow < deadline);
        Assert.Equal(1, figures.GetProperty("accepted").GetInt32());
        Assert.Equal(1, figures.GetProperty("byChannel").GetProperty("online").GetInt32());
        Assert.Equal(0, figures.GetProperty("byChannel").GetProperty("window").GetInt32());
        Assert.Equal(1.0, figures.GetProperty("zeroVisitShare").GetDouble());
        Assert.Equal(1.0, figures.GetProperty("atMostOneVisitShare").GetDouble());
        await probe.StopAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }
        Directory.Delete(_uploads, recursive: true);
    }
}

/// <summary>Every delivery of the online channel's events on the real broker, as another service would see them.</summary>
public sealed class OnlineEventLog
{
    public ConcurrentQueue<(string Type, string Key)> Deliveries { get; } = new();
    public ConcurrentQueue<ApplicationAccepted> Accepted { get; } = new();

    public int Count(string type, string key) => Deliveries.Count(d => d.Type == type && d.Key == key);
}

public sealed class OnlineEventProbe(OnlineEventLog log) : IConsumer<ApplicationSubmitted>,
    IConsumer<SupplementRequested>, IConsumer<OnlineSupplementSubmitted>, IConsumer<ApplicationAccepted>,
    IConsumer<CaseCompleted>, IConsumer<CaseResultDelivered>
{
    Task Record(string type, string key)
    {
        log.Deliveries.Enqueue((type, key));
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<ApplicationSubmitted> context) =>
        Record(nameof(ApplicationSubmitted), context.Message.ApplicationId.ToString());

    public Task Consume(ConsumeContext<SupplementRequested> context) =>
        Record(nameof(SupplementRequested), context.Message.ApplicationId.ToString());

    public Task Consume(ConsumeContext<OnlineSupplementSubmitted> context) =>
        Record(nameof(OnlineSupplementSubmitted), context.Message.ApplicationId.ToString());

    public Task Consume(ConsumeContext<ApplicationAccepted> context)
    {
        log.Accepted.Enqueue(context.Message);
        return Record(nameof(ApplicationAccepted), context.Message.CaseNo);
    }

    public Task Consume(ConsumeContext<CaseCompleted> context) =>
        Record(nameof(CaseCompleted), context.Message.CaseNo);

    public Task Consume(ConsumeContext<CaseResultDelivered> context) =>
        Record(nameof(CaseResultDelivered), context.Message.CaseNo);

    public static async Task<(IHost Host, OnlineEventLog Log)> StartAsync(RealServers servers, string queue)
    {
        var log = new OnlineEventLog();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(log);
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.Services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            bus.AddConsumer<OnlineEventProbe>().Endpoint(endpoint => endpoint.Name = queue);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(servers.RabbitMqUri);
                rabbit.ConfigureEndpoints(context);
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        return (host, log);
    }
}
