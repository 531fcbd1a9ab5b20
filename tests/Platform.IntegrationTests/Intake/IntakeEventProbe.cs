using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Intake;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Intake;

/// <summary>Every delivery of intake's events on the real broker, as another service would receive them.</summary>
public sealed class EventLog
{
    public ConcurrentQueue<(string Type, string Key, Guid MessageId)> Deliveries { get; } = new();

    public int Count(string type, string key) => Deliveries.Count(d => d.Type == type && d.Key == key);
}

public sealed class IntakeEventProbe(EventLog log) :
    IConsumer<TicketIssued>, IConsumer<TicketCalled>, IConsumer<ApplicationAccepted>, IConsumer<CaseCompleted>, IConsumer<CaseRated>
{
    Task Record(ConsumeContext context, string type, string key)
    {
        log.Deliveries.Enqueue((type, key, context.MessageId!.Value));
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<TicketIssued> context) => Record(context, nameof(TicketIssued), context.Message.TicketNo);
    public Task Consume(ConsumeContext<TicketCalled> context) => Record(context, nameof(TicketCalled), context.Message.TicketNo);
    public Task Consume(ConsumeContext<ApplicationAccepted> context) => Record(context, nameof(ApplicationAccepted), context.Message.CaseNo);
    public Task Consume(ConsumeContext<CaseCompleted> context) => Record(context, nameof(CaseCompleted), context.Message.CaseNo);
    public Task Consume(ConsumeContext<CaseRated> context) => Record(context, nameof(CaseRated), context.Message.CaseNo);
}

/// <summary>A process of its own on the real broker with one probe consumer on its own queue.</summary>
static class EventProbeHost
{
    public static Task<(IHost Host, EventLog Log)> StartAsync(RealServers servers, string queue) =>
        StartAsync<IntakeEventProbe, EventLog>(servers, queue, new EventLog());

    public static async Task<(IHost Host, TLog Log)> StartAsync<TConsumer, TLog>(RealServers servers, string queue,
        TLog log) where TConsumer : class, IConsumer where TLog : class
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(log);
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.Services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            bus.AddConsumer<TConsumer>().Endpoint(endpoint => endpoint.Name = queue);
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
