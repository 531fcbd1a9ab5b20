using Platform.Approval.Catalogue;

namespace Platform.Approval.Import;

/// <summary>One department's task of a stage from the past: its matter, and when it was approved (null: still open).</summary>
sealed record TaskHistory(LocalMatter Matter, DateTimeOffset? CompletedAt);
