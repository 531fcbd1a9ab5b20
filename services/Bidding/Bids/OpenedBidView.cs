using Platform.Bidding.Projects;

namespace Platform.Bidding.Bids;

/// <summary>
/// A bid as the opening shows it: its price once decrypted; a bid still sealed after the window is shown as
/// withdrawn (未解密，视为撤回).
/// </summary>
public sealed record OpenedBidView(Guid BidId, string FirmName, string FirmCreditCode, DateTimeOffset SubmittedAt,
    string PlaintextSha256, string Status, decimal? Price, string? Note)
{
    public static OpenedBidView Of(Bid b, TradingProject project, DateTimeOffset now)
    {
        var lapsed = b.Status == BidStatus.Sealed && (project.OpeningClosedAt is not null || now > project.KeysDueAt);
        var status = lapsed ? BidStatus.Withdrawn : b.Status;
        var note = status switch
        {
            BidStatus.Withdrawn => "未在解密时限内解密，视为撤回",
            BidStatus.Invalid => b.InvalidReason,
            BidStatus.Sealed => "等待投标人提交密钥",
            _ => null,
        };
        return new(b.Id, b.FirmName, b.FirmCreditCode, b.SubmittedAt, b.PlaintextSha256,
            status.ToString().ToLowerInvariant(), b.Price, note);
    }
}
