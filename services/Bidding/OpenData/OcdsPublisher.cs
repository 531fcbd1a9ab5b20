namespace Platform.Bidding.OpenData;

/// <summary>The package's publisher: the trading centre that runs the hall.</summary>
public sealed record OcdsPublisher(string Name);
