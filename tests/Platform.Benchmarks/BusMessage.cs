namespace Platform.Benchmarks;

/// <summary>The message P3 moves through the broker: a sequence number and a payload that sets its size.</summary>
public sealed record BusMessage(int Sequence, string Payload);
