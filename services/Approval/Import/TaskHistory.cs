using Platform.Approval.Catalogue;

namespace Platform.Approval.Import;

/// <summary>
/// One department's task of a past stage: its matter, and when it was decided (null: still open). A refusal reason
/// makes the decision a refusal (the demo hall's past; an old system's export brings approvals only).
/// </summary>
sealed record TaskHistory(LocalMatter Matter, DateTimeOffset? DecidedAt, string? RefusalReason = null);
