namespace Platform.Bidding.Projects;

/// <summary>澄清/修改: what changed, when, and the deadline it left (extended when it came late).</summary>
public sealed record Amendment(DateTimeOffset At, string Text, DateTimeOffset BidDeadline);
