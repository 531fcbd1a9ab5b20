namespace Platform.ServiceDefaults.Messaging;

/// <summary>Section "Outbox".</summary>
public sealed class OutboxOptions
{
    /// <summary>Whether this process relays its outbox; a deployment may leave relaying to other replicas.</summary>
    public bool RelayEnabled { get; set; } = true;
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromMilliseconds(500);
    public int BatchSize { get; set; } = 100;
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan MaxMessageBackoff { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the relay counts its unsent rows for the backlog gauge (about a scrape interval).</summary>
    public TimeSpan BacklogInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The most unsent rows a count visits; a backlog this large reads as "at least" this.</summary>
    public int BacklogCap { get; set; } = 100_000;
}
