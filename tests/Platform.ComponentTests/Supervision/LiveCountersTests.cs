using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.ComponentTests.Infrastructure;
using Platform.ComponentTests.Intake;
using Platform.Supervision.Live;

namespace Platform.ComponentTests.Supervision;

/// <summary>Today's live counters (in-process here, Redis in the distributed mode) move with every committed event.</summary>
public sealed class LiveCountersTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    async Task<JsonElement> Live(string query = "") => await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/live" + query);

    [Fact]
    public async Task Acceptances_and_completions_of_the_day_are_counted_live_and_another_day_is_rebuilt_from_the_read_model()
    {
        _hall.Host.Clock.Set("2025-10-09T10:00:00+08:00");
        Assert.Equal(0, (await Live()).GetProperty("accepted").GetInt64());
        var first = await _hall.AcceptAsync();
        await _hall.AcceptAsync();
        (await _hall.Approver.PostAsJsonAsync($"/api/intake/cases/{first}/complete", new { result = "approved", decisionNo = "食经许〔2025〕88号" }))
            .EnsureSuccessStatusCode();

        // Acceptances and the completion travel on queues of their own: wait for all three.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement live;
        do
        {
            await Task.Delay(100);
            live = await Live();
        } while ((live.GetProperty("accepted").GetInt64() < 2 || live.GetProperty("completed").GetInt64() < 1) && DateTime.UtcNow < deadline);
        Assert.Equal("2025-10-09", live.GetProperty("date").GetString());
        Assert.Equal(2, live.GetProperty("accepted").GetInt64());
        Assert.Equal(2, live.GetProperty("acceptedByDepartment").GetProperty("SCJGJ").GetInt64());
        Assert.Equal(1, live.GetProperty("completed").GetInt64());
        Assert.Equal(1, live.GetProperty("onTheSpot").GetInt64()); // accepted and completed the same day

        const string history = """
            caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays
            H-1,SC-002,2025-09-01T09:00:00+08:00,2025-09-01T09:30:00+08:00,0
            H-2,JT-001,2025-09-01T10:00:00+08:00,,0
            """;
        (await _hall.Admin.PostAsync("/api/intake/cases/import", new StringContent(history, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement metrics;
        while ((metrics = await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/metrics?from=2025-09-01&to=2025-09-01"))
               .GetProperty("accepted").GetInt32() < 2 || metrics.GetProperty("completed").GetInt32() < 1)
        {
            Assert.True(DateTime.UtcNow < deadline);
            await Task.Delay(100);
        }
        var past = await Live("?date=2025-09-01");
        Assert.Equal((2, 1), (past.GetProperty("accepted").GetInt64(), past.GetProperty("completed").GetInt64()));
        Assert.Equal(2, (await Live()).GetProperty("accepted").GetInt64()); // history does not touch today's counters
        await (await _hall.Supervisor.GetAsync("/api/supervision/live?date=2025-9-1")).AssertProblemAsync(400);
    }

    [Fact]
    public async Task Counters_that_stay_different_from_the_read_model_are_rebuilt_by_the_periodic_check()
    {
        _hall.Host.Clock.Set("2025-10-09T10:00:00+08:00");
        await _hall.AcceptAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await Live()).GetProperty("accepted").GetInt64() < 1)
        {
            Assert.True(DateTime.UtcNow < deadline);
            await Task.Delay(100);
        }
        // A lost (or doubled) increment: the kept counters say 5 where the read model says 1.
        var counters = _hall.Host.Services.GetRequiredService<ILiveCounters>();
        await counters.ReplaceAsync(new DateOnly(2025, 10, 9), new Dictionary<string, long> { ["accepted"] = 5 });
        Assert.Equal(5, (await Live()).GetProperty("accepted").GetInt64());

        var check = _hall.Host.Services.GetServices<IHostedService>().OfType<LiveCountsCheck>().Single();
        await check.RunOnceAsync(CancellationToken.None);
        await check.RunOnceAsync(CancellationToken.None);

        var live = await Live();
        Assert.Equal(1, live.GetProperty("accepted").GetInt64());
        Assert.Equal(1, live.GetProperty("acceptedByDepartment").GetProperty("SCJGJ").GetInt64());
    }
}
