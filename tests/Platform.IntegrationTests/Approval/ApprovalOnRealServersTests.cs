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
using Npgsql;
using Platform.Contracts.Approval;
using Platform.IntegrationTests.Infrastructure;
using Platform.WorkingDays;

namespace Platform.IntegrationTests.Approval;

/// <summary>
/// Parallel approval in the distributed mode: catalogue, two approval processes on one approval database (replicas,
/// competing consumers of the catalogue's events; each department's approver talks to a different one) and
/// supervision, over real RabbitMQ, PostgreSQL and Redis. A stage is accepted and its tasks decided across the 2025
/// National Day holiday; supervision's figures equal DESIGN §6's by hand; a message delivered twice counts once.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class ApprovalOnRealServersTests(RealServers servers) : IAsyncLifetime
{
    const string Catalogue = """
        code,name,type,departmentCode,departmentName,handlingKind,statutoryLimitDays,promisedLimitDays,materials
        FG-01,企业投资项目核准,01,FGJ,发展和改革局,promised,20,4,项目申请报告;规划选址意见|复印件
        ZR-01,建设用地规划许可证核发,01,ZRZYJ,自然资源局,promised,20,5,申请表;用地范围图
        ZJ-01,建筑工程施工许可证核发,01,ZJJ,住房和城乡建设局,promised,7,3,施工许可申请表;施工合同|复印件
        """;

    const string ProjectCode = "2025-510181-47-01-123456";
    const string Figures = "/api/supervision/approval?from=2025-09-01&to=2025-10-31";

    /// <summary>The hall's day, moved by the test; one instance shared by both approval processes and supervision.</summary>
    sealed class MovableClock : HallClock
    {
        long _utcTicks;

        public void Set(string now) => Interlocked.Exchange(ref _utcTicks, DateTimeOffset.Parse(now).UtcTicks);

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);
    }

    readonly MovableClock _clock = new();
    readonly List<IAsyncDisposable> _processes = [];
    string _approvalDatabase = "";
    string _supervisionDatabase = "";
    WebApplicationFactory<Platform.Catalogue.Program> _catalogue = null!;
    WebApplicationFactory<Platform.Approval.Program> _approval1 = null!;
    WebApplicationFactory<Platform.Approval.Program> _approval2 = null!;
    WebApplicationFactory<Platform.Supervision.Program> _supervision = null!;

    public async Task InitializeAsync()
    {
        _clock.Set("2025-09-25T09:00:00+08:00");
        var catalogueDatabase = await servers.CreateDatabaseAsync("catalogue");
        _approvalDatabase = await servers.CreateDatabaseAsync("approval");
        _supervisionDatabase = await servers.CreateDatabaseAsync("supervision");
        _catalogue = Service<Platform.Catalogue.Program>("catalogue", catalogueDatabase);
        // Started one after the other (the first migrates the shared database), and before the catalogue publishes,
        // so that their queues are bound when the events flow.
        _approval1 = Service<Platform.Approval.Program>("approval", _approvalDatabase, _clock);
        _approval1.CreateClient().Dispose();
        _approval2 = Service<Platform.Approval.Program>("approval", _approvalDatabase, _clock);
        _approval2.CreateClient().Dispose();
        _supervision = Service<Platform.Supervision.Program>("supervision", _supervisionDatabase, _clock);
        _supervision.CreateClient().Dispose();

        var catalogue = Client(_catalogue, "catalogue01", ["catalogue-admin"]);
        (await catalogue.PostAsync("/api/catalogue/matters/import", new StringContent(Catalogue, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        // The definition names published matters: it is accepted once both reached approval's database over the bus.
        var admin = Client(_approval2, "admin", ["admin"]);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await admin.PutAsJsonAsync("/api/approval/stage-definitions/1",
                new { leadDepartmentCode = "ZRZYJ", matterCodes = new[] { "FG-01", "ZR-01" }, deferrable = Array.Empty<string>(), deferredWorkingDays = 5 });
            if (response.IsSuccessStatusCode) break;
            Assert.True(DateTime.UtcNow < deadline, "approval did not receive the catalogue's matters: " + await response.Content.ReadAsStringAsync());
            await Task.Delay(200);
        }
    }

    WebApplicationFactory<T> Service<T>(string name, string database, HallClock? clock = null) where T : class
    {
        var factory = servers.Service<T>(name, database, host =>
        {
            host.UseSetting("Outbox:PollingInterval", "00:00:00.100");
            if (clock is not null)
            {
                host.ConfigureServices(services => services.AddSingleton(clock));
            }
        });
        _processes.Add(factory);
        return factory;
    }

    static HttpClient Client<T>(WebApplicationFactory<T> factory, string user, string[] roles, string? department = null) where T : class
    {
        var client = factory.CreateClient();
        Claim[] claims = department is null ? [] : [new Claim("department", department)];
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(user, roles, claims));
        return client;
    }

    static HttpClient Approver<T>(WebApplicationFactory<T> factory, string department) where T : class =>
        Client(factory, $"approver-{department}", ["approver"], department);

    static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Two_departments_decide_through_two_processes_supervision_figures_equal_the_hand_computed_and_a_duplicate_counts_once()
    {
        var owner = Client(_approval1, "company01", ["applicant"]);
        await Ok(await owner.PostAsJsonAsync("/api/approval/projects", new
        {
            code = ProjectCode,
            name = "示例产业园一期",
            applicantName = "示例科技有限公司",
            applicantCreditCode = "91350100M000100Y43",
            investmentKind = "enterprise",
            location = "成都市郫都区",
        }));
        var window = Client(_approval2, "window01", ["window-staff"]);
        var submitted = await Ok(await window.PostAsJsonAsync($"/api/approval/projects/{ProjectCode}/stages", new
        {
            stage = 1,
            materials = new[] { "项目申请报告", "规划选址意见", "申请表", "用地范围图" }.Select(name => new { name, status = "present" }),
        }));
        var stageNo = submitted.GetProperty("stageNo").GetString()!;

        // Thursday 09-25: the lead department (自然资源局) accepts through process 1; the stage fans out to two tasks.
        var accepted = await Ok(await Approver(_approval1, "ZRZYJ").PostAsJsonAsync($"/api/approval/stages/{stageNo}/check", new { outcome = "accept" }));
        Assert.Equal("in-progress", accepted.GetProperty("status").GetString());
        var tasks = accepted.GetProperty("tasks").EnumerateArray().ToDictionary(t => t.GetProperty("departmentCode").GetString()!, t => t.GetProperty("taskNo").GetString()!);
        Assert.Equal(["FGJ", "ZRZYJ"], tasks.Keys.Order());

        // Friday 09-26: 自然资源局 decides through process 2 (1 working day, promised 5: on time).
        _clock.Set("2025-09-26T10:00:00+08:00");
        var first = await Ok(await Approver(_approval2, "ZRZYJ").PostAsJsonAsync($"/api/approval/tasks/{tasks["ZRZYJ"]}/decision", new { decision = "approve", decisionNo = "地字〔2025〕1号" }));
        Assert.Equal("in-progress", first.GetProperty("status").GetString());

        // Thursday 10-09, after the holiday: 发改局 decides through process 1, which completes the stage with the
        // other process's decision. Working days since 09-25: 09-26, Sunday 09-28 (make-up), 09-29, 09-30, 10-09 = 5.
        _clock.Set("2025-10-09T10:00:00+08:00");
        var done = await Ok(await Approver(_approval1, "FGJ").PostAsJsonAsync($"/api/approval/tasks/{tasks["FGJ"]}/decision", new { decision = "approve", decisionNo = "川发改核〔2025〕1号" }));
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal(5, done.GetProperty("workingDaysUsed").GetInt32());
        Assert.Equal(35, done.GetProperty("savedWorkingDays").GetInt32());

        // DESIGN §6 by hand. Tasks: 自然资源局 used 1 ≤ promised 5 (on time); 发改局 used 5 > promised 4 (late).
        // Stage: used 5 (to the last decision), limit = max promised = 5 → on time; serial = 20 + 20 = 40; saved 35.
        var expected = new
        {
            stagesCompleted = 1,
            stagesOnTime = 1,
            stageOnTimeRate = 1.0,
            averageStageWorkingDaysUsed = 5.0,
            averageSerialWorkingDays = 40.0,
            averageSavedWorkingDays = 35.0,
            totalSavedWorkingDays = 35,
            tasksCompleted = 2,
            tasksOnTime = 1,
            taskOnTimeRate = 0.5,
            projectsCompleted = 0, // only stage 4 (竣工验收) completes a project
        };
        var supervisor = Client(_supervision, "supervisor01", ["supervisor"]);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement figures;
        do
        {
            await Task.Delay(200);
            figures = await supervisor.GetFromJsonAsync<JsonElement>(Figures);
        } while ((figures.GetProperty("stagesCompleted").GetInt32() < 1 || figures.GetProperty("tasksCompleted").GetInt32() < 2) && DateTime.UtcNow < deadline);
        AssertFigures(expected, figures);

        // The approval events as approval's outbox published them, with their MessageIds.
        var completed = await Published<ApprovalStageCompleted>(stageNo);
        var decided = await Published<ApprovalTaskDecided>(stageNo);
        Assert.Single(completed);
        Assert.Equal(2, decided.Count);
        var (completionId, completion) = completed[0];
        var (decisionId, decision) = decided.Single(d => d.Message.DepartmentCode == "FGJ");

        // Delivered again with the same MessageIds, as after a broker redelivery or a relay crash between publish and
        // commit. The identical copy of the task's decision is what such a redelivery looks like; on a read model kept
        // as state its second application would change nothing visible. So the stage's completion is delivered again
        // under its MessageId with another stage's number: applied a second time (no inbox, or an inbox that failed to
        // match the id) it would add a second completed stage — stagesCompleted 2, totalSavedWorkingDays 70 — which
        // the figures would show. Deduplicated by MessageId, it changes nothing.
        var doubledStageNo = stageNo[..^5] + "99999";
        var sentinelStageNo = "BL2024060499999";
        var (publisher, bus) = await PublisherAsync();
        using (publisher)
        {
            await bus.Publish(decision, context => context.MessageId = decisionId);
            await bus.Publish(completion with { StageNo = doubledStageNo }, context => context.MessageId = completionId);
            // A fresh message behind them on the same queue, outside the period: once it is applied, so are they.
            await bus.Publish(completion with { StageNo = sentinelStageNo, AcceptedAt = DateTimeOffset.Parse("2024-06-03T09:00:00+08:00"), CompletedAt = DateTimeOffset.Parse("2024-06-04T09:00:00+08:00") },
                context => context.MessageId = NewId.NextGuid());
            deadline = DateTime.UtcNow.AddSeconds(20);
            while (await SupervisionCount("""SELECT count(*) FROM approval_stages WHERE "StageNo" = @p""", sentinelStageNo) == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "supervision did not consume the sentinel\nqueues with messages:\n" + await servers.Broker.DescribeQueuesAsync());
                await Task.Delay(200);
            }
            await Task.Delay(1500); // consumers work a few messages at once: let the duplicates finish if they overtook
            await publisher.StopAsync();
        }

        Assert.Equal(0, await SupervisionCount("""SELECT count(*) FROM approval_stages WHERE "StageNo" = @p""", doubledStageNo));
        Assert.Equal(1, await SupervisionCount("SELECT count(*) FROM inbox_messages WHERE message_id = @p AND consumer LIKE '%ApprovalStageCompletedConsumer'", completionId));
        Assert.Equal(1, await SupervisionCount("SELECT count(*) FROM inbox_messages WHERE message_id = @p AND consumer LIKE '%ApprovalTaskDecidedConsumer'", decisionId));
        AssertFigures(expected, await supervisor.GetFromJsonAsync<JsonElement>(Figures));
    }

    static void AssertFigures(object expected, JsonElement figures)
    {
        foreach (var property in expected.GetType().GetProperties())
        {
            var actual = figures.GetProperty(property.Name);
            var value = property.GetValue(expected);
            Assert.True(actual.ValueKind == JsonValueKind.Number && (value is double d ? Math.Abs(actual.GetDouble() - d) < 1e-9 : actual.GetInt32() == (int)value!),
                $"{property.Name}: expected {value}, supervision says {actual.GetRawText()}\n{figures.GetRawText()}");
        }
    }

    /// <summary>The events of one type approval's outbox sent for the stage, with their MessageIds.</summary>
    async Task<List<(Guid MessageId, T Message)>> Published<T>(string stageNo) where T : class
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var found = new List<(Guid, T)>();
        await using var connection = new NpgsqlConnection(_approvalDatabase);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT message_id, body FROM outbox_messages WHERE message_type LIKE @type AND sent_at IS NOT NULL", connection);
        command.Parameters.AddWithValue("type", typeof(T).FullName + ",%");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var message = JsonSerializer.Deserialize<T>(reader.GetString(1), web)!;
            if (JsonSerializer.SerializeToElement(message, web).GetProperty("stageNo").GetString() == stageNo)
            {
                found.Add((reader.GetGuid(0), message));
            }
        }
        return found;
    }

    async Task<long> SupervisionCount(string sql, object parameter)
    {
        await using var connection = new NpgsqlConnection(_supervisionDatabase);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", parameter);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A bus of its own on the broker, publishing as another process would.</summary>
    async Task<(IHost Host, IBus Bus)> PublisherAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.Services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            bus.UsingRabbitMq((_, rabbit) => rabbit.Host(servers.RabbitMqUri, host => host.PublisherConfirmation = true));
        });
        var host = builder.Build();
        await host.StartAsync();
        return (host, host.Services.GetRequiredService<IBus>());
    }

    public async Task DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }
    }
}
