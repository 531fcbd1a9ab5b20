using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Observability;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Publishes a context's stored events in order, marks them sent, and backs off while the broker is away.
/// On PostgreSQL the batch is claimed with FOR UPDATE SKIP LOCKED inside a transaction, so several replicas can
/// relay the same outbox without publishing a row twice; SQLite (the embedded mode) has one process and one relay.
/// A crash between publish and commit re-publishes with the same MessageId, which every inbox skips.
/// </summary>
sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    IHostApplicationLifetime lifetime,
    MessagingMetrics metrics,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService where TContext : DbContext
{
    enum Outcome { Idle, More, BrokerFailed }

    static readonly ConcurrentDictionary<string, Type?> Types = new();
    DateTime _nextCleanup = DateTime.MinValue;
    DateTime _nextBacklogCount = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RelayEnabled)
        {
            logger.LogInformation("Outbox relay of {Context} is disabled in this process", typeof(TContext).Name);
            return;
        }

        // Hosted services start in order and the bus comes after the database; publish once everything is up.
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            try { await started.Task.WaitAsync(stoppingToken); }
            catch (OperationCanceledException) { return; }
        }

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            Outcome outcome;
            try
            {
                outcome = await RelayBatch(settings, stoppingToken);
                await CleanUpSent(settings, stoppingToken);
                await CountBacklog(settings, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database itself is away (or a bug): log, back off, try again; nothing is lost.
                logger.LogWarning(exception, "Outbox relay of {Context} failed; retrying", typeof(TContext).Name);
                outcome = Outcome.BrokerFailed;
            }

            try
            {
                switch (outcome)
                {
                    case Outcome.More:
                        failures = 0;
                        break;
                    case Outcome.BrokerFailed:
                        failures++;
                        await Task.Delay(RelayBackoff(failures), stoppingToken);
                        break;
                    default:
                        failures = 0;
                        await signal.WaitAsync(typeof(TContext), settings.PollingInterval, stoppingToken);
                        break;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    async Task<Outcome> RelayBatch(OutboxOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var postgres = db.Database.IsNpgsql();
        await using var transaction = postgres ? await db.Database.BeginTransactionAsync(cancellationToken) : null;

        var now = DateTime.UtcNow;
        var batch = postgres
            ? await db.Set<OutboxMessage>()
                .FromSqlInterpolated($"""
                    SELECT * FROM outbox_messages WHERE sent_at IS NULL AND next_attempt_at <= {now}
                    ORDER BY id LIMIT {settings.BatchSize} FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(cancellationToken)
            : await db.Set<OutboxMessage>()
                .Where(m => m.SentAt == null && m.NextAttemptAt <= now)
                .OrderBy(m => m.Id)
                .Take(settings.BatchSize)
                .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return Outcome.Idle;
        }

        var outcome = batch.Count == settings.BatchSize ? Outcome.More : Outcome.Idle;
        // The whole batch is handed to the bus in order, and the broker's confirms are awaited together: one round
        // trip per batch instead of one per message. A message whose confirm failed stays unsent with a backoff; the
        // ones confirmed are marked sent (a repeat of those would be skipped by every inbox anyway).
        var publishing = batch.Select(message => (message, Publishing: Publish(message, settings.PublishTimeout,
            cancellationToken))).ToList();
        foreach (var (message, published) in publishing)
        {
            try
            {
                await published;
                message.SentAt = DateTime.UtcNow;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                message.Attempts++;
                message.LastError = Truncate(exception.Message, 1000);
                message.NextAttemptAt = DateTime.UtcNow + MessageBackoff(message.Attempts, settings.MaxMessageBackoff);
                logger.LogWarning("Publishing outbox message {MessageId} ({Type}) failed, attempt {Attempt}: {Error}",
                    message.MessageId, message.MessageType, message.Attempts, message.LastError);
                outcome = Outcome.BrokerFailed;
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        if (transaction is not null)
        {
            await transaction.CommitAsync(CancellationToken.None);
        }
        return outcome;
    }

    async Task Publish(OutboxMessage message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var type = Types.GetOrAdd(message.MessageType, name => Type.GetType(name, throwOnError: false))
            ?? throw new InvalidOperationException(
                $"Message type '{message.MessageType}' is not known to this process.");
        var body = JsonSerializer.Deserialize(message.Body, type, OutboxModel.Json)
            ?? throw new InvalidOperationException($"Outbox message {message.MessageId} has an empty body.");

        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = Telemetry.Source.StartActivity(
            $"outbox publish {type.Name}", ActivityKind.Producer, parent);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var messageId = message.MessageId;
        var stagedAt = message.CreatedAt;
        await bus.Publish(body, type, Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = messageId;
            OutboxHeaders.Stage(context, stagedAt);
        }), deadline.Token);
    }

    async Task CleanUpSent(OutboxOptions settings, CancellationToken cancellationToken)
    {
        if (DateTime.UtcNow < _nextCleanup)
        {
            return;
        }
        _nextCleanup = DateTime.UtcNow.AddMinutes(10);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var cutoff = DateTime.UtcNow - settings.SentRetention;
        await db.Set<OutboxMessage>()
            .Where(m => m.SentAt != null && m.SentAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// The backlog gauge's figure, counted by the relay every Outbox:BacklogInterval rather than by every scrape:
    /// unsent rows only (the front of the sent_at index), and at most BacklogCap of them, so a table of millions of
    /// sent rows or a long broker outage costs one bounded index scan.
    /// </summary>
    async Task CountBacklog(OutboxOptions settings, CancellationToken cancellationToken)
    {
        if (DateTime.UtcNow < _nextBacklogCount)
        {
            return;
        }
        _nextBacklogCount = DateTime.UtcNow + settings.BacklogInterval;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        // Ordered only so that EF Core does not warn at every count about a limit without an order (six warnings
        // at each start): by sent_at, the leading column of the outbox index, which costs no sort.
        var unsent = await db.Set<OutboxMessage>().Where(m => m.SentAt == null).OrderBy(m => m.SentAt)
            .Take(settings.BacklogCap).CountAsync(cancellationToken);
        metrics.Backlog(typeof(TContext).Name, unsent);
    }

    static TimeSpan RelayBackoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(5000, 100 * Math.Pow(2, Math.Min(failures, 10))));

    static TimeSpan MessageBackoff(int attempts, TimeSpan max) =>
        TimeSpan.FromMilliseconds(Math.Min(max.TotalMilliseconds, 500 * Math.Pow(2, Math.Min(attempts - 1, 10))));

    static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
