using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Approval;

namespace Platform.ComponentTests.Supervision;

/// <summary>
/// The standalone host with a signed-in supervisor, and approval's events published straight onto its bus (the
/// approval service is not needed to tell supervision what happened), each awaited until supervision consumed it.
/// </summary>
public sealed class ApprovalEventsScenario : IAsyncLifetime
{
    readonly TempDirectory _data = new();
    readonly ConsumedCount _consumed = new();
    public StandaloneFactory Host { get; private set; } = null!;
    public HttpClient Supervisor { get; private set; } = null!;
    public ITestHarness Harness => Host.Services.GetTestHarness();

    public async Task InitializeAsync()
    {
        Host = new StandaloneFactory(_data.Path);
        Supervisor = Host.CreateClient();
        Supervisor.WithToken(await Supervisor.SignInAsync("supervisor01"));
        Host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(_consumed);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _data.Dispose();
    }

    public static DateTimeOffset At(string local) => DateTimeOffset.Parse(local + "+08:00", CultureInfo.InvariantCulture);
    public static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Publishes (with the given MessageId, to send a redelivery) and waits until supervision consumed it as many times.</summary>
    public async Task<Guid> PublishAsync<T>(T message, Guid? messageId = null, int times = 1) where T : class
    {
        var id = messageId ?? NewId.NextGuid();
        await Host.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = id);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (_consumed.Of(id) < times)
        {
            Assert.True(DateTime.UtcNow < deadline, $"supervision did not consume {typeof(T).Name} {id}");
            await Task.Delay(50);
        }
        return id;
    }

    public static ApprovalStageAccepted Accepted(string stageNo, string project, int stage, string acceptedAt,
        params (string TaskNo, string Department, int? Statutory, int Promised, string Due)[] tasks) =>
        new(stageNo, project, "项目" + project, stage, tasks[0].Department, At(acceptedAt), tasks.Max(t => Day(t.Due)), false,
            tasks.Max(t => t.Promised), tasks.Sum(t => t.Statutory ?? 0), 0,
            [.. tasks.Select(t => new ApprovalTaskOpened(t.TaskNo, t.Department, "M-" + t.Department, t.Statutory, t.Promised, Day(t.Due), false))],
            "2025", false);

    public static ApprovalTaskDecided Decided(string taskNo, string stageNo, string project, int stage, string department,
        string decision, string acceptedAt, string decidedAt, int used, int? statutory, int promised) =>
        new(taskNo, stageNo, project, stage, department, "M-" + department, decision, At(acceptedAt), At(decidedAt), used, 0,
            statutory, promised, used <= promised, false);

    public static ApprovalStageCompleted Completed(string stageNo, string project, int stage, string acceptedAt,
        string completedAt, int used, int limit, int serial) =>
        new(stageNo, project, stage, At(acceptedAt), At(completedAt), used, 0, limit, serial, serial - used, used <= limit, false);

    public async Task<JsonElement> GetAsync(string path) => await Supervisor.GetFromJsonAsync<JsonElement>(path);

    /// <summary>The live warnings (active, appealed, upheld) by number, the worse level of each.</summary>
    public async Task<Dictionary<string, string>> LiveWarningsAsync() =>
        (await GetAsync("/api/supervision/warnings")).EnumerateArray()
            .Where(w => w.GetProperty("status").GetString() is "active" or "appealed" or "upheld")
            .GroupBy(w => w.GetProperty("caseNo").GetString()!)
            .ToDictionary(g => g.Key, g => g.Any(w => w.GetProperty("level").GetString() == "red") ? "red" : "yellow");

    /// <summary>Moves the hall clock, runs the evaluation and answers the live warnings.</summary>
    public async Task<Dictionary<string, string>> EvaluateAsync(string now)
    {
        Host.Clock.Set(now);
        (await Supervisor.PostAsync("/api/supervision/warnings/evaluate", null)).EnsureSuccessStatusCode();
        return await LiveWarningsAsync();
    }

    /// <summary>
    /// Every consumption, a skipped repeat included (the harness's own list keeps one entry per message id).
    /// </summary>
    sealed class ConsumedCount : IConsumeObserver
    {
        readonly ConcurrentDictionary<Guid, int> _counts = new();

        public int Of(Guid messageId) => _counts.GetValueOrDefault(messageId);

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            _counts.AddOrUpdate(context.MessageId ?? Guid.Empty, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
