using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Infrastructure;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Observability;

namespace Platform.ComponentTests.Observability;

/// <summary>The backlog gauge reports, per outbox, the unsent rows its relay last counted.</summary>
public sealed class OutboxBacklogTests
{
    [Fact]
    public async Task The_backlog_gauge_follows_the_unsent_rows_of_each_outbox()
    {
        using var data = new TempDirectory();
        await using var host = new StandaloneFactory(data.Path,
            new Dictionary<string, string> { ["Outbox:BacklogInterval"] = "00:00:00.100" });
        host.CreateClient().Dispose();
        using var metrics = new MetricCapture(host.Services);
        var intake = ("platform.outbox", nameof(IntakeDbContext));

        // A stored event the relay will not publish yet (its next attempt is far ahead): waiting, unsent.
        var waiting = new OutboxMessage
        {
            MessageId = Guid.NewGuid(),
            MessageType = "Backlog.Test, Backlog",
            Body = "{}",
            CreatedAt = DateTime.UtcNow,
            NextAttemptAt = DateTime.UtcNow.AddDays(1),
        };
        await Change(host, db => db.Set<OutboxMessage>().Add(waiting));
        Assert.True(await Eventually.TrueAsync(() => Backlog(metrics, intake) == 1));

        await Change(host, db => db.Set<OutboxMessage>().Single(m => m.MessageId == waiting.MessageId).SentAt =
            DateTime.UtcNow);
        Assert.True(await Eventually.TrueAsync(() => Backlog(metrics, intake) == 0));
    }

    static double? Backlog(MetricCapture metrics, (string, string) outbox)
    {
        metrics.Observe();
        return metrics.Of(MessagingMetrics.OutboxBacklog, outbox).LastOrDefault()?.Value;
    }

    static async Task Change(StandaloneFactory host, Action<IntakeDbContext> change)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }
}
