using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Platform.Benchmarks;

/// <summary>
/// P3: how fast MassTransit consumes compared with the bare RabbitMQ client on the same broker, the same message
/// bytes and the same prefetch. N messages are put on a queue first (MassTransit sends them, so they carry its
/// envelope; the raw queue gets exact copies of one of them), then consuming them all is timed: a MassTransit
/// endpoint as the platform sets its endpoints up (the transport's prefetch unless PREFETCH says, message retry), and
/// BasicConsume with a manual ack per message that parses the same JSON.
/// </summary>
static class MessagingBenchmark
{
    const string MassTransitQueue = "platform-bench-masstransit";
    const string RawQueue = "platform-bench-raw";

    /// <summary>Times consuming count messages of about messageBytes on the wire (MassTransit's envelope included).</summary>
    public static async Task RunAsync(Uri amqp, int count, int messageBytes, int? prefetch)
    {
        var user = amqp.UserInfo.Split(':');
        var bus = Bus.Factory.CreateUsingRabbitMq(configure => configure.Host(amqp, host =>
        {
            host.Username(Uri.UnescapeDataString(user[0]));
            host.Password(Uri.UnescapeDataString(user.ElementAtOrDefault(1) ?? ""));
        }));
        await bus.StartAsync();
        var factory = new ConnectionFactory { Uri = amqp };
        await using var connection = await factory.CreateConnectionAsync();
        try
        {
            await using (var purge = await connection.CreateChannelAsync())
            {
                await purge.QueueDeclareAsync(MassTransitQueue, durable: true, exclusive: false, autoDelete: false);
                await purge.QueuePurgeAsync(MassTransitQueue);
            }
            var send = await bus.GetSendEndpoint(new Uri($"queue:{MassTransitQueue}"));
            // The envelope's own size first (one message with an empty payload, taken off again), so that the
            // payload makes the message the asked size on the wire.
            await send.Send(new BusMessage(-1, ""));
            var envelope = (await CopyOneAsync(connection, requeue: false)).Length;
            var payload = new string('x', Math.Max(0, messageBytes - envelope));
            var filling = Stopwatch.StartNew();
            for (var first = 0; first < count; first += 1000)
            {
                await Task.WhenAll(Enumerable.Range(first, Math.Min(1000, count - first))
                    .Select(i => send.Send(new BusMessage(i, payload))));
            }
            Console.WriteLine($"messaging: {count:N0} messages sent through MassTransit in "
                + $"{filling.Elapsed.TotalSeconds:0.0} s");
            var body = await CopyOneAsync(connection, requeue: true);

            var counted = 0;
            var allIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var endpointPrefetch = 0;
            var clock = Stopwatch.StartNew();
            var handle = bus.ConnectReceiveEndpoint(MassTransitQueue, endpoint =>
            {
                if (prefetch is { } set) endpoint.PrefetchCount = set;
                endpointPrefetch = endpoint.PrefetchCount;
                endpoint.UseMessageRetry(retry => retry.Intervals(100, 500, 2000, 5000, 15000));
                endpoint.Handler<BusMessage>(_ =>
                {
                    if (Interlocked.Increment(ref counted) == count) allIn.TrySetResult();
                    return Task.CompletedTask;
                });
            });
            await handle.Ready;
            await allIn.Task.WaitAsync(TimeSpan.FromMinutes(10));
            var massTransit = count / clock.Elapsed.TotalSeconds;
            await handle.StopAsync();

            var raw = await RawAsync(connection, body, count, (ushort)endpointPrefetch);
            Console.WriteLine($"messaging: {count:N0} messages of {body.Length} bytes, prefetch {endpointPrefetch}: "
                + $"MassTransit {massTransit:0} msg/s, RabbitMQ.Client {raw:0} msg/s");
            var ratio = massTransit / raw;
            BenchRows.Add("P3 MassTransit ÷ RabbitMQ.Client consume",
                $"{massTransit:0} ÷ {raw:0} msg/s; {count:N0} messages of {body.Length} bytes, prefetch "
                + $"{endpointPrefetch}", ratio, "≥ 0.5", ratio >= 0.5);
        }
        finally
        {
            await bus.StopAsync();
            await using var cleanup = await connection.CreateChannelAsync();
            await cleanup.QueueDeleteAsync(MassTransitQueue);
            await cleanup.QueueDeleteAsync(RawQueue);
        }
    }

    /// <summary>The bytes of one message as MassTransit put it on the queue (left there when requeued).</summary>
    static async Task<byte[]> CopyOneAsync(IConnection connection, bool requeue)
    {
        await using var channel = await connection.CreateChannelAsync();
        var one = await channel.BasicGetAsync(MassTransitQueue, autoAck: false)
            ?? throw new InvalidOperationException("MassTransit's queue is empty");
        var body = one.Body.ToArray();
        await channel.BasicNackAsync(one.DeliveryTag, multiple: false, requeue);
        return body;
    }

    /// <summary>Publishes count copies of the body (confirmed), then times consuming them all; messages/s.</summary>
    static async Task<double> RawAsync(IConnection connection, byte[] body, int count, ushort prefetch)
    {
        await using (var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true)))
        {
            await publisher.QueueDeclareAsync(RawQueue, durable: true, exclusive: false, autoDelete: false);
            await publisher.QueuePurgeAsync(RawQueue);
            var properties = new BasicProperties
            {
                Persistent = true,
                ContentType = "application/vnd.masstransit+json",
            };
            for (var first = 0; first < count; first += 1000)
            {
                await Task.WhenAll(Enumerable.Range(first, Math.Min(1000, count - first)).Select(_ =>
                    publisher.BasicPublishAsync("", RawQueue, false, properties, body).AsTask()));
            }
        }
        await using var channel = await connection.CreateChannelAsync();
        await channel.BasicQosAsync(0, prefetch, global: false);
        var counted = 0;
        var allIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            using (JsonDocument.Parse(delivery.Body))
            {
            }
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref counted) == count) allIn.TrySetResult();
        };
        var clock = Stopwatch.StartNew();
        var tag = await channel.BasicConsumeAsync(RawQueue, autoAck: false, consumer);
        await allIn.Task.WaitAsync(TimeSpan.FromMinutes(10));
        var rate = count / clock.Elapsed.TotalSeconds;
        await channel.BasicCancelAsync(tag);
        return rate;
    }
}
