namespace Platform.Supervision.Metrics;

/// <summary>Accepted cases of a period by the channel they came through (窗口, 网上办, 代办).</summary>
public sealed record ChannelCounts(int Window, int Online, int Agent);
